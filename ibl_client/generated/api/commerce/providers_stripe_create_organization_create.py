from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stripe_new_user_tenant_launch_request import StripeNewUserTenantLaunchRequest
from ...models.tenant_launch_response import TenantLaunchResponse

OPERATION_ID = "providers_stripe_create_organization_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: TenantLaunchResponse,
}


def _get_kwargs(
    *,
    body: StripeNewUserTenantLaunchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/providers/stripe/create-organization/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TenantLaunchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = TenantLaunchResponse.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: StripeNewUserTenantLaunchRequest,
) -> Response[TenantLaunchResponse]:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an unauthorized user hence the need for the API

    The API validates the stripe_checkout_id and then proxies the request to the Platform Launch API

    ``POST /api/providers/stripe/create-organization/`` (operation ``providers_stripe_create_organization_create``)

    Args:
        body (StripeNewUserTenantLaunchRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TenantLaunchResponse]: status, headers, raw body and parsed model.
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
    body: StripeNewUserTenantLaunchRequest,
) -> TenantLaunchResponse:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an unauthorized user hence the need for the API

    The API validates the stripe_checkout_id and then proxies the request to the Platform Launch API

    ``POST /api/providers/stripe/create-organization/`` (operation ``providers_stripe_create_organization_create``)

    Args:
        body (StripeNewUserTenantLaunchRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TenantLaunchResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: StripeNewUserTenantLaunchRequest,
) -> Response[TenantLaunchResponse]:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an unauthorized user hence the need for the API

    The API validates the stripe_checkout_id and then proxies the request to the Platform Launch API

    ``POST /api/providers/stripe/create-organization/`` (operation ``providers_stripe_create_organization_create``)

    Args:
        body (StripeNewUserTenantLaunchRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TenantLaunchResponse]: status, headers, raw body and parsed model.
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
    body: StripeNewUserTenantLaunchRequest,
) -> TenantLaunchResponse:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an unauthorized user hence the need for the API

    The API validates the stripe_checkout_id and then proxies the request to the Platform Launch API

    ``POST /api/providers/stripe/create-organization/`` (operation ``providers_stripe_create_organization_create``)

    Args:
        body (StripeNewUserTenantLaunchRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TenantLaunchResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
