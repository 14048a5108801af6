from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.job_run import JobRun

OPERATION_ID = "ai_mentor_orgs_users_planned_jobs_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: JobRun,
}


def _get_kwargs(
    org: str,
    user_id: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JobRun | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = JobRun.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> Response[JobRun]:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/`` (operation ``ai_mentor_orgs_users_planned_jobs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JobRun]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    id: int,
    *,
    client: Client,
) -> JobRun:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/`` (operation ``ai_mentor_orgs_users_planned_jobs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JobRun
    """

    return sync_detailed(
        org,
        user_id,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[JobRun]:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/`` (operation ``ai_mentor_orgs_users_planned_jobs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JobRun]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    id: int,
    *,
    client: AsyncClient,
) -> JobRun:
    """Endpoints for viewing jobs and their status A job run refers to a task with steps that an agent
    is going to undertake. You can filter job runs by their status. Note that for a single user and
    a specified session, at most only one JobRun instance is active at any point in time.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/planned-jobs/{id}/`` (operation ``ai_mentor_orgs_users_planned_jobs_retrieve``)

    Args:
        org (str):
        user_id (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JobRun
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            id,
            client=client,
        )
    ).unwrap()
