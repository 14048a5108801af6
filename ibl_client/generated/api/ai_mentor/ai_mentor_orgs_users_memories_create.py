from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_user_memory_list import PaginatedUserMemoryList
from ...models.user_memory_request import UserMemoryRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_memories_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedUserMemoryList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UserMemoryRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/memories/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedUserMemoryList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedUserMemoryList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserMemoryRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedUserMemoryList]:
    """Create memory

    Create memory using the request data

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_create``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        body (UserMemoryRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedUserMemoryList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserMemoryRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserMemoryList:
    """Create memory

    Create memory using the request data

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_create``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        body (UserMemoryRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedUserMemoryList
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        page=page,
        page_size=page_size,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserMemoryRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PaginatedUserMemoryList]:
    """Create memory

    Create memory using the request data

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_create``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        body (UserMemoryRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedUserMemoryList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
            page=page,
            page_size=page_size,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserMemoryRequest,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PaginatedUserMemoryList:
    """Create memory

    Create memory using the request data

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/memories/`` (operation ``ai_mentor_orgs_users_memories_create``)

    Args:
        org (str):
        user_id (str):
        page (int | Unset):
        page_size (int | Unset):
        body (UserMemoryRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedUserMemoryList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            page=page,
            page_size=page_size,
            client=client,
        )
    ).unwrap()
