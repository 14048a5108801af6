from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_rbac_role_list import PaginatedRbacRoleList
from ...types import UNSET, Unset

OPERATION_ID = "core_rbac_roles_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedRbacRoleList,
}


def _get_kwargs(
    *,
    include_global_roles: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_global_roles"] = include_global_roles

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/rbac/roles/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedRbacRoleList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedRbacRoleList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    include_global_roles: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> Response[PaginatedRbacRoleList]:
    """List RBAC roles

    Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

    ``GET /api/core/rbac/roles/`` (operation ``core_rbac_roles_list``)

    Args:
        include_global_roles (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacRoleList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    include_global_roles: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> PaginatedRbacRoleList:
    """List RBAC roles

    Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

    ``GET /api/core/rbac/roles/`` (operation ``core_rbac_roles_list``)

    Args:
        include_global_roles (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacRoleList
    """

    return sync_detailed(
        include_global_roles=include_global_roles,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    include_global_roles: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> Response[PaginatedRbacRoleList]:
    """List RBAC roles

    Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

    ``GET /api/core/rbac/roles/`` (operation ``core_rbac_roles_list``)

    Args:
        include_global_roles (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacRoleList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    include_global_roles: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
) -> PaginatedRbacRoleList:
    """List RBAC roles

    Retrieve a list of RBAC roles. Can be filtered by platform_key and name.

    ``GET /api/core/rbac/roles/`` (operation ``core_rbac_roles_list``)

    Args:
        include_global_roles (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacRoleList
    """

    return (
        await asyncio_detailed(
            include_global_roles=include_global_roles,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
