from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_mentor_orgs_users_voices_list_provider import (
    AiMentorOrgsUsersVoicesListProvider,
)
from ...models.paginated_voice_list import PaginatedVoiceList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_voices_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedVoiceList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/voices/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedVoiceList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedVoiceList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedVoiceList]:
    """Retrieve a list of available voice options.

    Args:
    request: The HTTP request.

    Returns:
    Response: A list of available voice options.

    Raises:
    NotFound: If no voice options are available.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/`` (operation ``ai_mentor_orgs_users_voices_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (AiMentorOrgsUsersVoicesListProvider | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedVoiceList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedVoiceList:
    """Retrieve a list of available voice options.

    Args:
    request: The HTTP request.

    Returns:
    Response: A list of available voice options.

    Raises:
    NotFound: If no voice options are available.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/`` (operation ``ai_mentor_orgs_users_voices_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (AiMentorOrgsUsersVoicesListProvider | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedVoiceList
    """

    return sync_detailed(
        org,
        user_id,
        ordering=ordering,
        page=page,
        page_size=page_size,
        provider=provider,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedVoiceList]:
    """Retrieve a list of available voice options.

    Args:
    request: The HTTP request.

    Returns:
    Response: A list of available voice options.

    Raises:
    NotFound: If no voice options are available.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/`` (operation ``ai_mentor_orgs_users_voices_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (AiMentorOrgsUsersVoicesListProvider | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedVoiceList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    provider: AiMentorOrgsUsersVoicesListProvider | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedVoiceList:
    """Retrieve a list of available voice options.

    Args:
    request: The HTTP request.

    Returns:
    Response: A list of available voice options.

    Raises:
    NotFound: If no voice options are available.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/voices/`` (operation ``ai_mentor_orgs_users_voices_list``)

    Args:
        org (str):
        user_id (str):
        ordering (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        provider (AiMentorOrgsUsersVoicesListProvider | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedVoiceList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            ordering=ordering,
            page=page,
            page_size=page_size,
            provider=provider,
            search=search,
            client=client,
        )
    ).unwrap()
