from typing import Any

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_invitations_platform_check_retrieve"


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/invitations/platform/check/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    *,
    client: Client,
    email: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
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
    email: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        email=email,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    email: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            email=email,
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
    email: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Check if a user has an active platform invitation

    ``GET /api/catalog/invitations/platform/check/`` (operation ``catalog_invitations_platform_check_retrieve``)

    Args:
        email (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            email=email,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
