from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_lti1p3_provider_lti_keys_destroy"


def _get_kwargs(
    id: str,
    *,
    platform_key: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/core/lti/1p3/provider/lti-keys/{id}/".format(
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
    id: str,
    *,
    client: Client,
    platform_key: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete an LTI Provider Key

    ``DELETE /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_destroy``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            platform_key=platform_key,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    id: str,
    *,
    client: Client,
    platform_key: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Delete an LTI Provider Key

    ``DELETE /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_destroy``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return sync_detailed(
        id,
        platform_key=platform_key,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    platform_key: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[None]:
    """Delete an LTI Provider Key

    ``DELETE /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_destroy``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[None]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            id,
            platform_key=platform_key,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    platform_key: str,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> None:
    """Delete an LTI Provider Key

    ``DELETE /api/core/lti/1p3/provider/lti-keys/{id}/`` (operation ``core_lti1p3_provider_lti_keys_destroy``)

    Args:
        id (str):
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
