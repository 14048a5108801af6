from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.role import Role
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_roles_retrieve"


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

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
        "method": "get",
        "url": "/api/catalog/roles/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Role | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Role, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Role]:
    """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

    ``GET /api/catalog/roles/`` (operation ``catalog_roles_retrieve``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Role]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Role:
    """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

    ``GET /api/catalog/roles/`` (operation ``catalog_roles_retrieve``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Role
    """

    return sync_detailed(
        id=id,
        name=name,
        name_iexact=name_iexact,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        slug=slug,
        sort=sort,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Role]:
    """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

    ``GET /api/catalog/roles/`` (operation ``catalog_roles_retrieve``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Role]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    name_iexact: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Role:
    """Retrieve roles matching query parameters. Supports filtering by name, id, and slug.

    ``GET /api/catalog/roles/`` (operation ``catalog_roles_retrieve``)

    Args:
        id (int | Unset):
        name (str | Unset):
        name_iexact (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        slug (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Role
    """

    return (
        await asyncio_detailed(
            id=id,
            name=name,
            name_iexact=name_iexact,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            slug=slug,
            sort=sort,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
