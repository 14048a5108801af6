from typing import Any
from urllib.parse import quote

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "custom_domains_by_name_status_update"


def _get_kwargs(
    domain_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/custom-domains/by-name/{domain_name}/status/".format(
            domain_name=quote(str(domain_name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        return decode(response)
    return None


def sync_detailed(
    domain_name: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """API endpoint to update custom domain SPA type by domain name

    ``PUT /api/custom-domains/by-name/{domain_name}/status/`` (operation ``custom_domains_by_name_status_update``)

    Args:
        domain_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            domain_name,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    domain_name: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """API endpoint to update custom domain SPA type by domain name

    ``PUT /api/custom-domains/by-name/{domain_name}/status/`` (operation ``custom_domains_by_name_status_update``)

    Args:
        domain_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        domain_name,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    domain_name: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """API endpoint to update custom domain SPA type by domain name

    ``PUT /api/custom-domains/by-name/{domain_name}/status/`` (operation ``custom_domains_by_name_status_update``)

    Args:
        domain_name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            domain_name,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    domain_name: str,
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """API endpoint to update custom domain SPA type by domain name

    ``PUT /api/custom-domains/by-name/{domain_name}/status/`` (operation ``custom_domains_by_name_status_update``)

    Args:
        domain_name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            domain_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
