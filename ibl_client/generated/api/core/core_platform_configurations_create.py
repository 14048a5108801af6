from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_configuration_set import PlatformConfigurationSet
from ...models.platform_configuration_set_response import PlatformConfigurationSetResponse

OPERATION_ID = "core_platform_configurations_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: PlatformConfigurationSetResponse,
}


def _get_kwargs(
    *,
    body: PlatformConfigurationSet,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/platform/configurations/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformConfigurationSetResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = PlatformConfigurationSetResponse.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformConfigurationSet,
) -> Response[PlatformConfigurationSetResponse]:
    """Set Platform Configurations

    Set or update multiple platform configuration values.Values will be automatically normalized for
    storage and cast appropriately on retrieval.

    ``POST /api/core/platform/configurations/`` (operation ``core_platform_configurations_create``)

    Args:
        body (PlatformConfigurationSet): Serializer for setting platform configurations

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformConfigurationSetResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: PlatformConfigurationSet,
) -> PlatformConfigurationSetResponse:
    """Set Platform Configurations

    Set or update multiple platform configuration values.Values will be automatically normalized for
    storage and cast appropriately on retrieval.

    ``POST /api/core/platform/configurations/`` (operation ``core_platform_configurations_create``)

    Args:
        body (PlatformConfigurationSet): Serializer for setting platform configurations

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformConfigurationSetResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformConfigurationSet,
) -> Response[PlatformConfigurationSetResponse]:
    """Set Platform Configurations

    Set or update multiple platform configuration values.Values will be automatically normalized for
    storage and cast appropriately on retrieval.

    ``POST /api/core/platform/configurations/`` (operation ``core_platform_configurations_create``)

    Args:
        body (PlatformConfigurationSet): Serializer for setting platform configurations

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformConfigurationSetResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: PlatformConfigurationSet,
) -> PlatformConfigurationSetResponse:
    """Set Platform Configurations

    Set or update multiple platform configuration values.Values will be automatically normalized for
    storage and cast appropriately on retrieval.

    ``POST /api/core/platform/configurations/`` (operation ``core_platform_configurations_create``)

    Args:
        body (PlatformConfigurationSet): Serializer for setting platform configurations

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformConfigurationSetResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
