from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_public_image_asset import PlatformPublicImageAsset

OPERATION_ID = "core_platforms_public_image_assets_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[PlatformPublicImageAsset],
}


def _get_kwargs(
    platform_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/platforms/{platform_key}/public-image-assets/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[PlatformPublicImageAsset] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PlatformPublicImageAsset.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
) -> Response[list[PlatformPublicImageAsset]]:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/`` (operation ``core_platforms_public_image_assets_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[PlatformPublicImageAsset]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
) -> list[PlatformPublicImageAsset]:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/`` (operation ``core_platforms_public_image_assets_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[PlatformPublicImageAsset]
    """

    return sync_detailed(
        platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
) -> Response[list[PlatformPublicImageAsset]]:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/`` (operation ``core_platforms_public_image_assets_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[PlatformPublicImageAsset]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
) -> list[PlatformPublicImageAsset]:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/`` (operation ``core_platforms_public_image_assets_list``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[PlatformPublicImageAsset]
    """

    return (
        await asyncio_detailed(
            platform_key,
            client=client,
        )
    ).unwrap()
