from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stripe_checkout_session_response import StripeCheckoutSessionResponse

OPERATION_ID = "service_stripe_checkout_free_trial_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StripeCheckoutSessionResponse,
}


def _get_kwargs(
    *,
    body: StripeCheckoutSessionResponse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/service/stripe/checkout/free-trial/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> StripeCheckoutSessionResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StripeCheckoutSessionResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: StripeCheckoutSessionResponse,
) -> Response[StripeCheckoutSessionResponse]:
    """Stripe free trial checkout session. No user auth

    Request the following fields:

    - success_url - cancel_url - product

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/checkout/free-trial/`` (operation ``service_stripe_checkout_free_trial_create``)

    Args:
        body (StripeCheckoutSessionResponse): Stripe checkout session serialized response

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeCheckoutSessionResponse]: status, headers, raw body and parsed model.
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
    body: StripeCheckoutSessionResponse,
) -> StripeCheckoutSessionResponse:
    """Stripe free trial checkout session. No user auth

    Request the following fields:

    - success_url - cancel_url - product

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/checkout/free-trial/`` (operation ``service_stripe_checkout_free_trial_create``)

    Args:
        body (StripeCheckoutSessionResponse): Stripe checkout session serialized response

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeCheckoutSessionResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: StripeCheckoutSessionResponse,
) -> Response[StripeCheckoutSessionResponse]:
    """Stripe free trial checkout session. No user auth

    Request the following fields:

    - success_url - cancel_url - product

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/checkout/free-trial/`` (operation ``service_stripe_checkout_free_trial_create``)

    Args:
        body (StripeCheckoutSessionResponse): Stripe checkout session serialized response

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeCheckoutSessionResponse]: status, headers, raw body and parsed model.
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
    body: StripeCheckoutSessionResponse,
) -> StripeCheckoutSessionResponse:
    """Stripe free trial checkout session. No user auth

    Request the following fields:

    - success_url - cancel_url - product

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/checkout/free-trial/`` (operation ``service_stripe_checkout_free_trial_create``)

    Args:
        body (StripeCheckoutSessionResponse): Stripe checkout session serialized response

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeCheckoutSessionResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
