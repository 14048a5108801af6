from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_api_key import PlatformApiKey
from ...models.platform_api_key_request import PlatformApiKeyRequest

OPERATION_ID = "core_platform_api_tokens_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: PlatformApiKey,
}


def _get_kwargs(
    *,
    body: PlatformApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/platform/api-tokens/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformApiKey | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = PlatformApiKey.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformApiKeyRequest,
) -> Response[PlatformApiKey]:
    """Create a new Platform Api Key for the target platform

    ``POST /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_create``)

    Args:
        body (PlatformApiKeyRequest): Serializer for PlatformApiKey's

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformApiKey]: status, headers, raw body and parsed model.
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
    body: PlatformApiKeyRequest,
) -> PlatformApiKey:
    """Create a new Platform Api Key for the target platform

    ``POST /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_create``)

    Args:
        body (PlatformApiKeyRequest): Serializer for PlatformApiKey's

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformApiKey
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformApiKeyRequest,
) -> Response[PlatformApiKey]:
    """Create a new Platform Api Key for the target platform

    ``POST /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_create``)

    Args:
        body (PlatformApiKeyRequest): Serializer for PlatformApiKey's

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformApiKey]: status, headers, raw body and parsed model.
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
    body: PlatformApiKeyRequest,
) -> PlatformApiKey:
    """Create a new Platform Api Key for the target platform

    ``POST /api/core/platform/api-tokens/`` (operation ``core_platform_api_tokens_create``)

    Args:
        body (PlatformApiKeyRequest): Serializer for PlatformApiKey's

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformApiKey
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
