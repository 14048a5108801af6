from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    FieldError,
    request_body,
)
from ...models.catalog_auto_increment_update_request import CatalogAutoIncrementUpdateRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_increment_create"


def _get_kwargs(
    *,
    body: CatalogAutoIncrementUpdateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/increment/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, CatalogAutoIncrementUpdateRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> int | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = response.json()
        if not isinstance(response_200, int) or response_200 is True or response_200 is False:
            raise FieldError("response_200", "an integer", response_200)

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CatalogAutoIncrementUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[int]:
    """Update auto increment information and retrieve a new ID for a specific platform.

    ``POST /api/catalog/increment/`` (operation ``catalog_increment_create``)

    Args:
        body (CatalogAutoIncrementUpdateRequest): Serializer for auto increment update request
            parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[int]: status, headers, raw body and parsed model.
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
    body: CatalogAutoIncrementUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> int:
    """Update auto increment information and retrieve a new ID for a specific platform.

    ``POST /api/catalog/increment/`` (operation ``catalog_increment_create``)

    Args:
        body (CatalogAutoIncrementUpdateRequest): Serializer for auto increment update request
            parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        int
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
    body: CatalogAutoIncrementUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[int]:
    """Update auto increment information and retrieve a new ID for a specific platform.

    ``POST /api/catalog/increment/`` (operation ``catalog_increment_create``)

    Args:
        body (CatalogAutoIncrementUpdateRequest): Serializer for auto increment update request
            parameters.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[int]: status, headers, raw body and parsed model.
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
    body: CatalogAutoIncrementUpdateRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> int:
    """Update auto increment information and retrieve a new ID for a specific platform.

    ``POST /api/catalog/increment/`` (operation ``catalog_increment_create``)

    Args:
        body (CatalogAutoIncrementUpdateRequest): Serializer for auto increment update request
            parameters.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        int
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
