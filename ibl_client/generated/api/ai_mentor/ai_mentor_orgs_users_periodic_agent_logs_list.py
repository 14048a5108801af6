from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_periodic_agent_logs_list_status import (
    AiMentorOrgsUsersPeriodicAgentLogsListStatus,
)
from ...models.paginated_periodic_agent_log_list import PaginatedPeriodicAgentLogList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_periodic_agent_logs_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedPeriodicAgentLogList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: str | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    periodic_agent: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["parent_mentor_id"] = parent_mentor_id

    params["parent_session_id"] = parent_session_id

    params["periodic_agent"] = periodic_agent

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedPeriodicAgentLogList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedPeriodicAgentLogList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: str | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    periodic_agent: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedPeriodicAgentLogList]:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (str | Unset):
        parent_session_id (str | Unset):
        periodic_agent (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPeriodicAgentLogList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: str | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    periodic_agent: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedPeriodicAgentLogList:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (str | Unset):
        parent_session_id (str | Unset):
        periodic_agent (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPeriodicAgentLogList
    """

    return sync_detailed(
        org,
        user_id,
        mentor_id=mentor_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        parent_mentor_id=parent_mentor_id,
        parent_session_id=parent_session_id,
        periodic_agent=periodic_agent,
        search=search,
        status=status,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: str | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    periodic_agent: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedPeriodicAgentLogList]:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (str | Unset):
        parent_session_id (str | Unset):
        periodic_agent (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedPeriodicAgentLogList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: str | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    periodic_agent: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedPeriodicAgentLogList:
    """Endpoint to view logs for periodic agent runs.

    These logs contain the full mentor output for each run for debugging. Logs are ordered from
    newest to oldest. However this can be changed.

    You can also filter logs for a PeriodicAgent by passing the `periodic_agent` query parameter in
    the URL.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/`` (operation ``ai_mentor_orgs_users_periodic_agent_logs_list``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        parent_mentor_id (str | Unset):
        parent_session_id (str | Unset):
        periodic_agent (int | Unset):
        search (str | Unset):
        status (AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedPeriodicAgentLogList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            parent_mentor_id=parent_mentor_id,
            parent_session_id=parent_session_id,
            periodic_agent=periodic_agent,
            search=search,
            status=status,
            username=username,
            client=client,
        )
    ).unwrap()
