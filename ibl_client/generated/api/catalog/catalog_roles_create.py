from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.role import Role
from ...models.role_create_update_request import RoleCreateUpdateRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_roles_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Role,
}


def _get_kwargs(
    *,
    body: RoleCreateUpdateRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["name__iexact"] = name_iexact

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/roles/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Role | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Role.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: RoleCreateUpdateRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Role]:
    """Add a new role or update an existing role based on provided data.

    ``POST /api/catalog/roles/`` (operation ``catalog_roles_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Role]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: RoleCreateUpdateRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Role:
    """Add a new role or update an existing role based on provided data.

    ``POST /api/catalog/roles/`` (operation ``catalog_roles_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Role
    """

    return sync_detailed(
        body=body,
        id=id,
        name=name,
        name_iexact=name_iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: RoleCreateUpdateRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[Role]:
    """Add a new role or update an existing role based on provided data.

    ``POST /api/catalog/roles/`` (operation ``catalog_roles_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Role]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: RoleCreateUpdateRequest,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Role:
    """Add a new role or update an existing role based on provided data.

    ``POST /api/catalog/roles/`` (operation ``catalog_roles_create``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        body (RoleCreateUpdateRequest): Serializer for role creation/update request parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Role
    """

    return (
        await asyncio_detailed(
            body=body,
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            client=client,
        )
    ).unwrap()
