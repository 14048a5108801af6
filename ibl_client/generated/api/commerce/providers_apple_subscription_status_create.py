from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.apple_subscription_status_request import AppleSubscriptionStatusRequest
from ...models.apple_subscription_status_view import AppleSubscriptionStatusView
from ...types import UNSET, Unset

OPERATION_ID = "providers_apple_subscription_status_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AppleSubscriptionStatusView,
}


def _get_kwargs(
    *,
    body: AppleSubscriptionStatusRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/providers/apple/subscription-status/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AppleSubscriptionStatusView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AppleSubscriptionStatusView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: AppleSubscriptionStatusRequest | Unset = UNSET,
) -> Response[AppleSubscriptionStatusView]:
    """Returns information about a user subscription status

    ``POST /api/providers/apple/subscription-status/`` (operation ``providers_apple_subscription_status_create``)

    Args:
        body (AppleSubscriptionStatusRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AppleSubscriptionStatusView]: status, headers, raw body and parsed model.
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
    body: AppleSubscriptionStatusRequest | Unset = UNSET,
) -> AppleSubscriptionStatusView:
    """Returns information about a user subscription status

    ``POST /api/providers/apple/subscription-status/`` (operation ``providers_apple_subscription_status_create``)

    Args:
        body (AppleSubscriptionStatusRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AppleSubscriptionStatusView
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: AppleSubscriptionStatusRequest | Unset = UNSET,
) -> Response[AppleSubscriptionStatusView]:
    """Returns information about a user subscription status

    ``POST /api/providers/apple/subscription-status/`` (operation ``providers_apple_subscription_status_create``)

    Args:
        body (AppleSubscriptionStatusRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AppleSubscriptionStatusView]: status, headers, raw body and parsed model.
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
    body: AppleSubscriptionStatusRequest | Unset = UNSET,
) -> AppleSubscriptionStatusView:
    """Returns information about a user subscription status

    ``POST /api/providers/apple/subscription-status/`` (operation ``providers_apple_subscription_status_create``)

    Args:
        body (AppleSubscriptionStatusRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AppleSubscriptionStatusView
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
