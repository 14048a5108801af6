from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.item_paywall_config import ItemPaywallConfig
from ...models.item_paywall_config_create import ItemPaywallConfigCreate
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "platforms_items_paywall_update"


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ItemPaywallConfigCreate, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ItemPaywallConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ItemPaywallConfig, response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ItemPaywallConfig]:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_update``)

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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ItemPaywallConfig:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_update``)

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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ItemPaywallConfig]:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_update``)

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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: AsyncClient,
    body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ItemPaywallConfig:
    """Update paywall configuration

    Same as POST. Update the paywall configuration for an item.

    ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_update``)

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
