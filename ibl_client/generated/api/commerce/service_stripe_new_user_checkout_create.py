from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stripe_checkout_session_request import StripeCheckoutSessionRequest
from ...models.stripe_checkout_session_response import StripeCheckoutSessionResponse

OPERATION_ID = "service_stripe_new_user_checkout_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StripeCheckoutSessionResponse,
}


def _get_kwargs(
    *,
    body: StripeCheckoutSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/service/stripe/new-user-checkout/",
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
    body: StripeCheckoutSessionRequest,
) -> Response[StripeCheckoutSessionResponse]:
    """Stripe checkout session API View for new users (first-time subscription)

    Request the following fields:

    - user_id, username, or email (user identifier) - tenant (tenant type to create after successful
    checkout) - sku - mode (choices: "subscription", "payment", "setup") - success_url - cancel_url
    - period (optional): Billing period - "weekly", "monthly", or "yearly" (defaults to "monthly") -
    skip_card (optional): Skip card collection for free plans - is_free_trial (optional): Enable
    free trial mode

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/new-user-checkout/`` (operation ``service_stripe_new_user_checkout_create``)

    Args:
        body (StripeCheckoutSessionRequest): Serializer for Stripe checkout session creation
            requests.

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
    body: StripeCheckoutSessionRequest,
) -> StripeCheckoutSessionResponse:
    """Stripe checkout session API View for new users (first-time subscription)

    Request the following fields:

    - user_id, username, or email (user identifier) - tenant (tenant type to create after successful
    checkout) - sku - mode (choices: "subscription", "payment", "setup") - success_url - cancel_url
    - period (optional): Billing period - "weekly", "monthly", or "yearly" (defaults to "monthly") -
    skip_card (optional): Skip card collection for free plans - is_free_trial (optional): Enable
    free trial mode

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/new-user-checkout/`` (operation ``service_stripe_new_user_checkout_create``)

    Args:
        body (StripeCheckoutSessionRequest): Serializer for Stripe checkout session creation
            requests.

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
    body: StripeCheckoutSessionRequest,
) -> Response[StripeCheckoutSessionResponse]:
    """Stripe checkout session API View for new users (first-time subscription)

    Request the following fields:

    - user_id, username, or email (user identifier) - tenant (tenant type to create after successful
    checkout) - sku - mode (choices: "subscription", "payment", "setup") - success_url - cancel_url
    - period (optional): Billing period - "weekly", "monthly", or "yearly" (defaults to "monthly") -
    skip_card (optional): Skip card collection for free plans - is_free_trial (optional): Enable
    free trial mode

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/new-user-checkout/`` (operation ``service_stripe_new_user_checkout_create``)

    Args:
        body (StripeCheckoutSessionRequest): Serializer for Stripe checkout session creation
            requests.

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
    body: StripeCheckoutSessionRequest,
) -> StripeCheckoutSessionResponse:
    """Stripe checkout session API View for new users (first-time subscription)

    Request the following fields:

    - user_id, username, or email (user identifier) - tenant (tenant type to create after successful
    checkout) - sku - mode (choices: "subscription", "payment", "setup") - success_url - cancel_url
    - period (optional): Billing period - "weekly", "monthly", or "yearly" (defaults to "monthly") -
    skip_card (optional): Skip card collection for free plans - is_free_trial (optional): Enable
    free trial mode

    Response: {
    "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

    ``POST /api/service/stripe/new-user-checkout/`` (operation ``service_stripe_new_user_checkout_create``)

    Args:
        body (StripeCheckoutSessionRequest): Serializer for Stripe checkout session creation
            requests.

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
