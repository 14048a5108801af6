from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_search_view_get_response import UserSearchViewGetResponse
from ...types import UNSET, Unset

OPERATION_ID = "core_users_search_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserSearchViewGetResponse,
}


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["query"] = query

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/users/search/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserSearchViewGetResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserSearchViewGetResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[UserSearchViewGetResponse]:
    """Retrieve users based on query Not intended for public use with multitenant platforms

    Params: query sort

    ``GET /api/core/users/search/`` (operation ``core_users_search_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserSearchViewGetResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> UserSearchViewGetResponse:
    """Retrieve users based on query Not intended for public use with multitenant platforms

    Params: query sort

    ``GET /api/core/users/search/`` (operation ``core_users_search_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserSearchViewGetResponse
    """

    return sync_detailed(
        page=page,
        page_size=page_size,
        query=query,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[UserSearchViewGetResponse]:
    """Retrieve users based on query Not intended for public use with multitenant platforms

    Params: query sort

    ``GET /api/core/users/search/`` (operation ``core_users_search_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserSearchViewGetResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> UserSearchViewGetResponse:
    """Retrieve users based on query Not intended for public use with multitenant platforms

    Params: query sort

    ``GET /api/core/users/search/`` (operation ``core_users_search_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        query (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserSearchViewGetResponse
    """

    return (
        await asyncio_detailed(
            page=page,
            page_size=page_size,
            query=query,
            sort=sort,
            client=client,
        )
    ).unwrap()
