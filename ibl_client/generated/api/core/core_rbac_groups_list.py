from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_rbac_group_list import PaginatedRbacGroupList
from ...types import UNSET, Unset

OPERATION_ID = "core_rbac_groups_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/rbac/groups/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedRbacGroupList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedRbacGroupList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> Response[PaginatedRbacGroupList]:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform_key (str | Unset): Filter groups by platform key

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacGroupList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> PaginatedRbacGroupList:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform_key (str | Unset): Filter groups by platform key

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacGroupList
    """

    return sync_detailed(
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> Response[PaginatedRbacGroupList]:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform_key (str | Unset): Filter groups by platform key

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacGroupList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> PaginatedRbacGroupList:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        page (int | Unset): A page number within the paginated result set.
        page_size (int | Unset): Number of results to return per page.
        platform_key (str | Unset): Filter groups by platform key

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacGroupList
    """

    return (
        await asyncio_detailed(
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
