from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.item_paywall_config import ItemPaywallConfig
from ...models.item_paywall_config_create import ItemPaywallConfigCreate
from ...types import UNSET, Unset

OPERATION_ID = "billing_platforms_items_paywall_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ItemPaywallConfig,
}


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    body: ItemPaywallConfigCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ItemPaywallConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ItemPaywallConfig.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    body: ItemPaywallConfigCreate | Unset = UNSET,
) -> Response[ItemPaywallConfig]:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        body (ItemPaywallConfigCreate | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ItemPaywallConfig]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    body: ItemPaywallConfigCreate | Unset = UNSET,
) -> ItemPaywallConfig:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        body (ItemPaywallConfigCreate | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ItemPaywallConfig
    """

    return sync_detailed(
        platform_key,
        item_type,
        item_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    body: ItemPaywallConfigCreate | Unset = UNSET,
) -> Response[ItemPaywallConfig]:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        body (ItemPaywallConfigCreate | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ItemPaywallConfig]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            item_type,
            item_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    body: ItemPaywallConfigCreate | Unset = UNSET,
) -> ItemPaywallConfig:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_update``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):
        body (ItemPaywallConfigCreate | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ItemPaywallConfig
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            client=client,
        )
    ).unwrap()
