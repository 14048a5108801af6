from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "delete_group"


def _get_kwargs(
    platform_key: str,
    id: str,
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/orgs/{platform_key}/scim/v2/Groups/{id}".format(
            platform_key=quote(str(platform_key), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 204:
        return None

    return None


def sync_detailed(
    platform_key: str,
    id: str,
    *,
    client: Client,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            format_=format_,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    id: str,
    *,
    client: Client,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return sync_detailed(
        platform_key,
        id,
        format_=format_,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            id,
            format_=format_,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    id: str,
    *,
    client: AsyncClient,
    format_: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Delete an existing RBAC group

    Delete an existing RBAC group from the system

    ``DELETE /api/orgs/{platform_key}/scim/v2/Groups/{id}`` (operation ``delete_group``)

    Args:
        platform_key (str):
        id (str):
        format_ (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            platform_key,
            id,
            format_=format_,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
