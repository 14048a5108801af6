from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_platform_management_list_view_get_response import (
    UserPlatformManagementListViewGetResponse,
)
from ...types import UNSET, Unset

OPERATION_ID = "core_platform_users_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserPlatformManagementListViewGetResponse,
}


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_policies: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["return_policies"] = return_policies

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/platform/users/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserPlatformManagementListViewGetResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserPlatformManagementListViewGetResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_policies: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[UserPlatformManagementListViewGetResponse]:
    """Retrieve users associated with platform and optionally their policies when return_policies is
    set

    ``GET /api/core/platform/users/`` (operation ``core_platform_users_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        return_policies (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserPlatformManagementListViewGetResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_policies: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> UserPlatformManagementListViewGetResponse:
    """Retrieve users associated with platform and optionally their policies when return_policies is
    set

    ``GET /api/core/platform/users/`` (operation ``core_platform_users_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        return_policies (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserPlatformManagementListViewGetResponse
    """

    return sync_detailed(
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        return_policies=return_policies,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_policies: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[UserPlatformManagementListViewGetResponse]:
    """Retrieve users associated with platform and optionally their policies when return_policies is
    set

    ``GET /api/core/platform/users/`` (operation ``core_platform_users_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        return_policies (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserPlatformManagementListViewGetResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    return_policies: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> UserPlatformManagementListViewGetResponse:
    """Retrieve users associated with platform and optionally their policies when return_policies is
    set

    ``GET /api/core/platform/users/`` (operation ``core_platform_users_retrieve``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        return_policies (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserPlatformManagementListViewGetResponse
    """

    return (
        await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            return_policies=return_policies,
            sort=sort,
            client=client,
        )
    ).unwrap()
