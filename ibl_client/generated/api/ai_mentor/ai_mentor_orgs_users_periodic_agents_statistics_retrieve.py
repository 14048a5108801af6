from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.periodic_agent_statistics import PeriodicAgentStatistics
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_periodic_agents_statistics_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PeriodicAgentStatistics,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    mentor_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PeriodicAgentStatistics | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PeriodicAgentStatistics.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: UUID | Unset = UNSET,
) -> Response[PeriodicAgentStatistics]:
    """Retrieve statistics for periodic agents, including counts of succeeded and failed tasks. A task
    is considered failed if its latest log has a failed status, and succeeded if its latest log has
    a success status. Query parameters can be used for filtering.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/`` (operation ``ai_mentor_orgs_users_periodic_agents_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PeriodicAgentStatistics]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: UUID | Unset = UNSET,
) -> PeriodicAgentStatistics:
    """Retrieve statistics for periodic agents, including counts of succeeded and failed tasks. A task
    is considered failed if its latest log has a failed status, and succeeded if its latest log has
    a success status. Query parameters can be used for filtering.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/`` (operation ``ai_mentor_orgs_users_periodic_agents_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PeriodicAgentStatistics
    """

    return sync_detailed(
        org,
        user_id,
        mentor_id=mentor_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: UUID | Unset = UNSET,
) -> Response[PeriodicAgentStatistics]:
    """Retrieve statistics for periodic agents, including counts of succeeded and failed tasks. A task
    is considered failed if its latest log has a failed status, and succeeded if its latest log has
    a success status. Query parameters can be used for filtering.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/`` (operation ``ai_mentor_orgs_users_periodic_agents_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PeriodicAgentStatistics]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: UUID | Unset = UNSET,
) -> PeriodicAgentStatistics:
    """Retrieve statistics for periodic agents, including counts of succeeded and failed tasks. A task
    is considered failed if its latest log has a failed status, and succeeded if its latest log has
    a success status. Query parameters can be used for filtering.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/`` (operation ``ai_mentor_orgs_users_periodic_agents_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PeriodicAgentStatistics
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            client=client,
        )
    ).unwrap()
