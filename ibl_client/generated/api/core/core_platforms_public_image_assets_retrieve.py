from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_public_image_asset import PlatformPublicImageAsset

OPERATION_ID = "core_platforms_public_image_assets_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformPublicImageAsset,
}


def _get_kwargs(
    platform_key: str,
    asset_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/platforms/{platform_key}/public-image-assets/{asset_id}/".format(
            platform_key=quote(str(platform_key), safe=""),
            asset_id=quote(str(asset_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformPublicImageAsset | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformPublicImageAsset.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    asset_id: int,
    *,
    client: Client,
) -> Response[PlatformPublicImageAsset]:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_retrieve``)

    Args:
        platform_key (str):
        asset_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformPublicImageAsset]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            asset_id,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    asset_id: int,
    *,
    client: Client,
) -> PlatformPublicImageAsset:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_retrieve``)

    Args:
        platform_key (str):
        asset_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPublicImageAsset
    """

    return sync_detailed(
        platform_key,
        asset_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    asset_id: int,
    *,
    client: AsyncClient,
) -> Response[PlatformPublicImageAsset]:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_retrieve``)

    Args:
        platform_key (str):
        asset_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformPublicImageAsset]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            asset_id,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    asset_id: int,
    *,
    client: AsyncClient,
) -> PlatformPublicImageAsset:
    """Shared functionality for platform public image asset views.

    ``GET /api/core/platforms/{platform_key}/public-image-assets/{asset_id}/`` (operation ``core_platforms_public_image_assets_retrieve``)

    Args:
        platform_key (str):
        asset_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPublicImageAsset
    """

    return (
        await asyncio_detailed(
            platform_key,
            asset_id,
            client=client,
        )
    ).unwrap()
