from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    within,
)
from ...models.item_price import ItemPrice
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "billing_platforms_items_paywall_prices_list"


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
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested("response_200_item", ItemPrice, response_200_item_data)

            except PARSE_ERRORS as _response_200_error:
                raise within(
                    ("response_200", _response_200_index), _response_200_error, "response_200_item"
                ) from _response_200_error
            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
