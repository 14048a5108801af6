from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_job_run_list import PaginatedJobRunList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_planned_jobs_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedJobRunList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    json_session: str | Unset = UNSET
    if not isinstance(session, Unset):
        json_session = str(session)
    params["session"] = json_session

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedJobRunList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedJobRunList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session: UUID | Unset = UNSET,
) -> Response[PaginatedJobRunList]:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/`` (operation ``ai_mentor_orgs_users_planned_jobs_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedJobRunList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session: UUID | Unset = UNSET,
) -> PaginatedJobRunList:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/`` (operation ``ai_mentor_orgs_users_planned_jobs_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedJobRunList
    """

    return sync_detailed(
        org,
        user_id,
        active=active,
        ordering=ordering,
        page=page,
        page_size=page_size,
        search=search,
        session=session,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session: UUID | Unset = UNSET,
) -> Response[PaginatedJobRunList]:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/`` (operation ``ai_mentor_orgs_users_planned_jobs_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session (UUID | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedJobRunList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    session: UUID | Unset = UNSET,
) -> PaginatedJobRunList:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/`` (operation ``ai_mentor_orgs_users_planned_jobs_list``)

    Args:
        org (str):
        user_id (str):
        active (bool | Unset):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        search (str | Unset):
        session (UUID | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedJobRunList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            active=active,
            ordering=ordering,
            page=page,
            page_size=page_size,
            search=search,
            session=session,
            client=client,
        )
    ).unwrap()
