from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.item_price import ItemPrice
from ...models.item_price_create import ItemPriceCreate

OPERATION_ID = "platforms_items_paywall_prices_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ItemPrice,
}


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
    price_id: UUID,
    *,
    body: ItemPriceCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
            price_id=quote(str(price_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ItemPrice | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ItemPrice.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    price_id: UUID,
    *,
    client: Client,
    body: ItemPriceCreate,
) -> Response[ItemPrice]:
    """Update a price

    Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe price is
    created and the old one deactivated.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        price_id (UUID):
        body (ItemPriceCreate):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ItemPrice]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    item_type: str,
    item_id: str,
    price_id: UUID,
    *,
    client: Client,
    body: ItemPriceCreate,
) -> ItemPrice:
    """Update a price

    Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe price is
    created and the old one deactivated.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        price_id (UUID):
        body (ItemPriceCreate):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ItemPrice
    """

    return sync_detailed(
        platform_key,
        item_type,
        item_id,
        price_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    price_id: UUID,
    *,
    client: AsyncClient,
    body: ItemPriceCreate,
) -> Response[ItemPrice]:
    """Update a price

    Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe price is
    created and the old one deactivated.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        price_id (UUID):
        body (ItemPriceCreate):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ItemPrice]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    item_type: str,
    item_id: str,
    price_id: UUID,
    *,
    client: AsyncClient,
    body: ItemPriceCreate,
) -> ItemPrice:
    """Update a price

    Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe price is
    created and the old one deactivated.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        price_id (UUID):
        body (ItemPriceCreate):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ItemPrice
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
            client=client,
        )
    ).unwrap()
