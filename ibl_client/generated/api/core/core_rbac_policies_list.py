from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_rbac_policy_list import PaginatedRbacPolicyList
from ...types import UNSET, Unset

OPERATION_ID = "core_rbac_policies_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedRbacPolicyList,
}


def _get_kwargs(
    *,
    email: str | Unset = UNSET,
    group: str | Unset = UNSET,
    include_groups: bool | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["group"] = group

    params["include_groups"] = include_groups

    params["include_users"] = include_users

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["role_id"] = role_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/rbac/policies/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedRbacPolicyList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedRbacPolicyList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    email: str | Unset = UNSET,
    group: str | Unset = UNSET,
    include_groups: bool | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedRbacPolicyList]:
    """List RBAC policies

    Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name, username,
    email, or group. Use include_users and include_groups to control response payload.

    ``GET /api/core/rbac/policies/`` (operation ``core_rbac_policies_list``)

    Args:
        email (str | Unset):
        group (str | Unset):
        include_groups (bool | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        role_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacPolicyList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    email: str | Unset = UNSET,
    group: str | Unset = UNSET,
    include_groups: bool | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedRbacPolicyList:
    """List RBAC policies

    Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name, username,
    email, or group. Use include_users and include_groups to control response payload.

    ``GET /api/core/rbac/policies/`` (operation ``core_rbac_policies_list``)

    Args:
        email (str | Unset):
        group (str | Unset):
        include_groups (bool | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        role_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacPolicyList
    """

    return sync_detailed(
        email=email,
        group=group,
        include_groups=include_groups,
        include_users=include_users,
        name=name,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        role_id=role_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    group: str | Unset = UNSET,
    include_groups: bool | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[PaginatedRbacPolicyList]:
    """List RBAC policies

    Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name, username,
    email, or group. Use include_users and include_groups to control response payload.

    ``GET /api/core/rbac/policies/`` (operation ``core_rbac_policies_list``)

    Args:
        email (str | Unset):
        group (str | Unset):
        include_groups (bool | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        role_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRbacPolicyList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    email: str | Unset = UNSET,
    group: str | Unset = UNSET,
    include_groups: bool | Unset = UNSET,
    include_users: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> PaginatedRbacPolicyList:
    """List RBAC policies

    Retrieve a list of RBAC policies. Can be filtered by platform_key, role_id, name, username,
    email, or group. Use include_users and include_groups to control response payload.

    ``GET /api/core/rbac/policies/`` (operation ``core_rbac_policies_list``)

    Args:
        email (str | Unset):
        group (str | Unset):
        include_groups (bool | Unset):
        include_users (bool | Unset):
        name (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        role_id (int | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRbacPolicyList
    """

    return (
        await asyncio_detailed(
            email=email,
            group=group,
            include_groups=include_groups,
            include_users=include_users,
            name=name,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            role_id=role_id,
            username=username,
            client=client,
        )
    ).unwrap()
