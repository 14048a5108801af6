from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.memory_progress import MemoryProgress

OPERATION_ID = "ai_mentor_orgs_users_mentors_memory_progress_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: MemoryProgress,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> MemoryProgress | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = MemoryProgress.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> Response[MemoryProgress]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/`` (operation ``ai_mentor_orgs_users_mentors_memory_progress_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MemoryProgress]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
) -> MemoryProgress:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/`` (operation ``ai_mentor_orgs_users_mentors_memory_progress_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MemoryProgress
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
) -> Response[MemoryProgress]:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/`` (operation ``ai_mentor_orgs_users_mentors_memory_progress_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[MemoryProgress]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
) -> MemoryProgress:
    """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-progress/`` (operation ``ai_mentor_orgs_users_mentors_memory_progress_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        MemoryProgress
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            client=client,
        )
    ).unwrap()
