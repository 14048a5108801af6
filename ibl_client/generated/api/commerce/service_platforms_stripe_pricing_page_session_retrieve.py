from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stripe_billing_page_identifier_response import StripeBillingPageIdentifierResponse

OPERATION_ID = "service_platforms_stripe_pricing_page_session_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StripeBillingPageIdentifierResponse,
}


def _get_kwargs(
    platform_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/service/platforms/{platform_key}/stripe/pricing-page-session/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> StripeBillingPageIdentifierResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StripeBillingPageIdentifierResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
) -> Response[StripeBillingPageIdentifierResponse]:
    """Create a uuid to help us track internally user initiated checkout

    ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-session/`` (operation ``service_platforms_stripe_pricing_page_session_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeBillingPageIdentifierResponse]: status, headers, raw body and parsed model.
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
) -> StripeBillingPageIdentifierResponse:
    """Create a uuid to help us track internally user initiated checkout

    ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-session/`` (operation ``service_platforms_stripe_pricing_page_session_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeBillingPageIdentifierResponse
    """

    return sync_detailed(
        platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
) -> Response[StripeBillingPageIdentifierResponse]:
    """Create a uuid to help us track internally user initiated checkout

    ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-session/`` (operation ``service_platforms_stripe_pricing_page_session_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeBillingPageIdentifierResponse]: status, headers, raw body and parsed model.
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
) -> StripeBillingPageIdentifierResponse:
    """Create a uuid to help us track internally user initiated checkout

    ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-session/`` (operation ``service_platforms_stripe_pricing_page_session_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeBillingPageIdentifierResponse
    """

    return (
        await asyncio_detailed(
            platform_key,
            client=client,
        )
    ).unwrap()
