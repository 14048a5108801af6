from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_configuration_list import PlatformConfigurationList

OPERATION_ID = "core_platform_configurations_available_settings_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformConfigurationList,
}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/platform/configurations/available-settings/",
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformConfigurationList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformConfigurationList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
) -> Response[PlatformConfigurationList]:
    """Get all available settings that can be configured with current platform values

    ``GET /api/core/platform/configurations/available-settings/`` (operation ``core_platform_configurations_available_settings_retrieve``)

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
    )


def sync(
    *,
    client: Client,
) -> PlatformConfigurationList:
    """Get all available settings that can be configured with current platform values

    ``GET /api/core/platform/configurations/available-settings/`` (operation ``core_platform_configurations_available_settings_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformConfigurationList
    """

    return sync_detailed(
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[PlatformConfigurationList]:
    """Get all available settings that can be configured with current platform values

    ``GET /api/core/platform/configurations/available-settings/`` (operation ``core_platform_configurations_available_settings_retrieve``)

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
    )


async def asyncio(
    *,
    client: AsyncClient,
) -> PlatformConfigurationList:
    """Get all available settings that can be configured with current platform values

    ``GET /api/core/platform/configurations/available-settings/`` (operation ``core_platform_configurations_available_settings_retrieve``)

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformConfigurationList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).unwrap()
