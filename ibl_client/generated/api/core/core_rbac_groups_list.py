from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_rbac_group_list import PaginatedRbacGroupList
from ...types import UNSET, Unset

OPERATION_ID = "core_rbac_groups_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedRbacGroupList,
}


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["include_users"] = include_users

    params["name"] = name

    params["owner"] = owner

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["username"] = username

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
    email: str | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedRbacGroupList]:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username, or
    email. Use include_users to control response payload.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        email (str | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacGroupList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    email: str | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedRbacGroupList:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username, or
    email. Use include_users to control response payload.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        email (str | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacGroupList
    """

    return sync_detailed(
        email=email,
        include_users=include_users,
        name=name,
        owner=owner,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedRbacGroupList]:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username, or
    email. Use include_users to control response payload.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        email (str | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacGroupList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    owner: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedRbacGroupList:
    """List RBAC groups

    Retrieve a list of RBAC groups. Can be filtered by platform_key, owner, name, username, or
    email. Use include_users to control response payload.

    ``GET /api/core/rbac/groups/`` (operation ``core_rbac_groups_list``)

    Args:
        email (str | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        owner (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacGroupList
    """

    return (
        await asyncio_detailed(
            email=email,
            include_users=include_users,
            name=name,
            owner=owner,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            username=username,
            client=client,
        )
    ).unwrap()
