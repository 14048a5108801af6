from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.portal_url_response import PortalUrlResponse

OPERATION_ID = "billing_platforms_items_subscription_cancel_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PortalUrlResponse,
}


def _get_kwargs(
    platform_key: str,
    item_type: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/".format(
            platform_key=quote(str(platform_key), safe=""),
            item_type=quote(str(item_type), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PortalUrlResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PortalUrlResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    item_type: str,
    item_id: str,
    *,
    client: Client,
) -> Response[PortalUrlResponse]:
    """Cancel subscription

    Cancel the current user's subscription. Returns a Stripe customer portal URL for recurring
    subscriptions, or cancels directly for one-time purchases.

    ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/`` (operation ``billing_platforms_items_subscription_cancel_create``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PortalUrlResponse]: status, headers, raw body and parsed model.
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
) -> PortalUrlResponse:
    """Cancel subscription

    Cancel the current user's subscription. Returns a Stripe customer portal URL for recurring
    subscriptions, or cancels directly for one-time purchases.

    ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/`` (operation ``billing_platforms_items_subscription_cancel_create``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PortalUrlResponse
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
) -> Response[PortalUrlResponse]:
    """Cancel subscription

    Cancel the current user's subscription. Returns a Stripe customer portal URL for recurring
    subscriptions, or cancels directly for one-time purchases.

    ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/`` (operation ``billing_platforms_items_subscription_cancel_create``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PortalUrlResponse]: status, headers, raw body and parsed model.
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
) -> PortalUrlResponse:
    """Cancel subscription

    Cancel the current user's subscription. Returns a Stripe customer portal URL for recurring
    subscriptions, or cancels directly for one-time purchases.

    ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/`` (operation ``billing_platforms_items_subscription_cancel_create``)

    Args:
        platform_key (str):
        item_type (str):
        item_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PortalUrlResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            client=client,
        )
    ).unwrap()
