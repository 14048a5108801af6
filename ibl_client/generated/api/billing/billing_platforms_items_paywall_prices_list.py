from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.item_price import ItemPrice

OPERATION_ID = "billing_platforms_items_paywall_prices_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[ItemPrice],
}


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ItemPrice] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ItemPrice.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
) -> Response[list[ItemPrice]]:
    """List prices

    List active prices for an item's paywall configuration.

    ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``billing_platforms_items_paywall_prices_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ItemPrice]]: status, headers, raw body and parsed model.
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
) -> list[ItemPrice]:
    """List prices

    List active prices for an item's paywall configuration.

    ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``billing_platforms_items_paywall_prices_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ItemPrice]
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
) -> Response[list[ItemPrice]]:
    """List prices

    List active prices for an item's paywall configuration.

    ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``billing_platforms_items_paywall_prices_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ItemPrice]]: status, headers, raw body and parsed model.
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
) -> list[ItemPrice]:
    """List prices

    List active prices for an item's paywall configuration.

    ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``billing_platforms_items_paywall_prices_list``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ItemPrice]
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            client=client,
        )
    ).unwrap()
