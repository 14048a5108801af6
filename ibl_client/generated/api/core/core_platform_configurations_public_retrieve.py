from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
)
from ...models.platform_configuration_list import PlatformConfigurationList
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_platform_configurations_public_retrieve"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/platform/configurations/public/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformConfigurationList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", PlatformConfigurationList, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PlatformConfigurationList]:
    """Get public platform configurations for platform members

    Query Parameters: - platform_key: Platform key to get public configurations for

    Returns: - platform_key: The platform key - configurations: Dictionary of public config key-
    value pairs - count: Number of public configurations returned

    ``GET /api/core/platform/configurations/public/`` (operation ``core_platform_configurations_public_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformConfigurationList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PlatformConfigurationList:
    """Get public platform configurations for platform members

    Query Parameters: - platform_key: Platform key to get public configurations for

    Returns: - platform_key: The platform key - configurations: Dictionary of public config key-
    value pairs - count: Number of public configurations returned

    ``GET /api/core/platform/configurations/public/`` (operation ``core_platform_configurations_public_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformConfigurationList
    """

    return sync_detailed(
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[PlatformConfigurationList]:
    """Get public platform configurations for platform members

    Query Parameters: - platform_key: Platform key to get public configurations for

    Returns: - platform_key: The platform key - configurations: Dictionary of public config key-
    value pairs - count: Number of public configurations returned

    ``GET /api/core/platform/configurations/public/`` (operation ``core_platform_configurations_public_retrieve``)

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformConfigurationList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> PlatformConfigurationList:
    """Get public platform configurations for platform members

    Query Parameters: - platform_key: Platform key to get public configurations for

    Returns: - platform_key: The platform key - configurations: Dictionary of public config key-
    value pairs - count: Number of public configurations returned

    ``GET /api/core/platform/configurations/public/`` (operation ``core_platform_configurations_public_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformConfigurationList
    """

    return (
        await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
