from collections.abc import Mapping
from typing import Any

import httpx

from ...._body import decode
from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    request_body,
)
from ...models.user_platform_view_post_request import UserPlatformViewPostRequest
from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_users_platforms_create"


def _get_kwargs(
    *,
    body: UserPlatformViewPostRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/users/platforms/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, UserPlatformViewPostRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> JSON | bytes | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        return decode(response)
    return None


def sync_detailed(
    *,
    client: Client,
    body: UserPlatformViewPostRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Explicitly link platform to user_id

    Params: user_id platform_key added_on (optional) expired_on (optional) is_admin (optional)
    active (optional)

    ``POST /api/core/users/platforms/`` (operation ``core_users_platforms_create``)

    Args:
        body (UserPlatformViewPostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: UserPlatformViewPostRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Explicitly link platform to user_id

    Params: user_id platform_key added_on (optional) expired_on (optional) is_admin (optional)
    active (optional)

    ``POST /api/core/users/platforms/`` (operation ``core_users_platforms_create``)

    Args:
        body (UserPlatformViewPostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return sync_detailed(
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: UserPlatformViewPostRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[JSON | bytes]:
    """Explicitly link platform to user_id

    Params: user_id platform_key added_on (optional) expired_on (optional) is_admin (optional)
    active (optional)

    ``POST /api/core/users/platforms/`` (operation ``core_users_platforms_create``)

    Args:
        body (UserPlatformViewPostRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[JSON | bytes]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: UserPlatformViewPostRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> JSON | bytes:
    """Explicitly link platform to user_id

    Params: user_id platform_key added_on (optional) expired_on (optional) is_admin (optional)
    active (optional)

    ``POST /api/core/users/platforms/`` (operation ``core_users_platforms_create``)

    Args:
        body (UserPlatformViewPostRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        JSON | bytes
    """

    return (
        await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
