from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stripe_connect_onboard import StripeConnectOnboard
from ...models.stripe_connect_onboard_response import StripeConnectOnboardResponse

OPERATION_ID = "service_platforms_stripe_connect_onboard_refresh_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StripeConnectOnboardResponse,
}


def _get_kwargs(
    platform_key: str,
    *,
    body: StripeConnectOnboard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StripeConnectOnboardResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StripeConnectOnboardResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
    body: StripeConnectOnboard,
) -> Response[StripeConnectOnboardResponse]:
    """Start Stripe Connect onboarding for platform admin

    ``POST /api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/`` (operation ``service_platforms_stripe_connect_onboard_refresh_create``)

    Args:
        platform_key (str):
        body (StripeConnectOnboard): Serializer for Connect onboarding request.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeConnectOnboardResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
    )


def sync(
    platform_key: str,
    *,
    client: Client,
    body: StripeConnectOnboard,
) -> StripeConnectOnboardResponse:
    """Start Stripe Connect onboarding for platform admin

    ``POST /api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/`` (operation ``service_platforms_stripe_connect_onboard_refresh_create``)

    Args:
        platform_key (str):
        body (StripeConnectOnboard): Serializer for Connect onboarding request.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeConnectOnboardResponse
    """

    return sync_detailed(
        platform_key,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
    body: StripeConnectOnboard,
) -> Response[StripeConnectOnboardResponse]:
    """Start Stripe Connect onboarding for platform admin

    ``POST /api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/`` (operation ``service_platforms_stripe_connect_onboard_refresh_create``)

    Args:
        platform_key (str):
        body (StripeConnectOnboard): Serializer for Connect onboarding request.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeConnectOnboardResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    platform_key: str,
    *,
    client: AsyncClient,
    body: StripeConnectOnboard,
) -> StripeConnectOnboardResponse:
    """Start Stripe Connect onboarding for platform admin

    ``POST /api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/`` (operation ``service_platforms_stripe_connect_onboard_refresh_create``)

    Args:
        platform_key (str):
        body (StripeConnectOnboard): Serializer for Connect onboarding request.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeConnectOnboardResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            body=body,
            client=client,
        )
    ).unwrap()
