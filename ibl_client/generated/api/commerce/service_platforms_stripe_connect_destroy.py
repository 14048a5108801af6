from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.service_platforms_stripe_connect_destroy_response_200 import (
    ServicePlatformsStripeConnectDestroyResponse200,
)

OPERATION_ID = "service_platforms_stripe_connect_destroy"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ServicePlatformsStripeConnectDestroyResponse200,
}


def _get_kwargs(
    platform_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/service/platforms/{platform_key}/stripe/connect/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> ServicePlatformsStripeConnectDestroyResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ServicePlatformsStripeConnectDestroyResponse200.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
) -> Response[ServicePlatformsStripeConnectDestroyResponse200]:
    """Disconnect Stripe Connect account

    ``DELETE /api/service/platforms/{platform_key}/stripe/connect/`` (operation ``service_platforms_stripe_connect_destroy``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ServicePlatformsStripeConnectDestroyResponse200]: status, headers, raw body and parsed model.
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
) -> ServicePlatformsStripeConnectDestroyResponse200:
    """Disconnect Stripe Connect account

    ``DELETE /api/service/platforms/{platform_key}/stripe/connect/`` (operation ``service_platforms_stripe_connect_destroy``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ServicePlatformsStripeConnectDestroyResponse200
    """

    return sync_detailed(
        platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
) -> Response[ServicePlatformsStripeConnectDestroyResponse200]:
    """Disconnect Stripe Connect account

    ``DELETE /api/service/platforms/{platform_key}/stripe/connect/`` (operation ``service_platforms_stripe_connect_destroy``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ServicePlatformsStripeConnectDestroyResponse200]: status, headers, raw body and parsed model.
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
) -> ServicePlatformsStripeConnectDestroyResponse200:
    """Disconnect Stripe Connect account

    ``DELETE /api/service/platforms/{platform_key}/stripe/connect/`` (operation ``service_platforms_stripe_connect_destroy``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ServicePlatformsStripeConnectDestroyResponse200
    """

    return (
        await asyncio_detailed(
            platform_key,
            client=client,
        )
    ).unwrap()
