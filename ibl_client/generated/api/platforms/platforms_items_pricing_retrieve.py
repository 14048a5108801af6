from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.public_item_pricing import PublicItemPricing

OPERATION_ID = "platforms_items_pricing_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PublicItemPricing,
}


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platforms/{platform_key}/items/{item_type}/{item_id}/pricing/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PublicItemPricing | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PublicItemPricing.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
) -> Response[PublicItemPricing]:
    """Get public pricing

    Retrieve public pricing information for an item. No authentication required.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/pricing/`` (operation ``platforms_items_pricing_retrieve``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PublicItemPricing]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
) -> PublicItemPricing:
    """Get public pricing

    Retrieve public pricing information for an item. No authentication required.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/pricing/`` (operation ``platforms_items_pricing_retrieve``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PublicItemPricing
    """

    return sync_detailed(
        platform_key,
        item_type,
        item_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
) -> Response[PublicItemPricing]:
    """Get public pricing

    Retrieve public pricing information for an item. No authentication required.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/pricing/`` (operation ``platforms_items_pricing_retrieve``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PublicItemPricing]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
) -> PublicItemPricing:
    """Get public pricing

    Retrieve public pricing information for an item. No authentication required.

    ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/pricing/`` (operation ``platforms_items_pricing_retrieve``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PublicItemPricing
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            client=client,
        )
    ).unwrap()
