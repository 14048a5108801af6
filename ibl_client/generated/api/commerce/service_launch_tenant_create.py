from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.tenant_launch_request import TenantLaunchRequest
from ...models.tenant_launch_response import TenantLaunchResponse

OPERATION_ID = "service_launch_tenant_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: TenantLaunchResponse,
}


def _get_kwargs(
    *,
    body: TenantLaunchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/service/launch/tenant/",
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
    body: TenantLaunchRequest,
) -> Response[TenantLaunchResponse]:
    """User/tenant creation API

    To create using any payment provider, ensure you use the StudentToken Authentication Mechanism

    and also include the correct `provider_key` in the request body:

    ```
    apple_transaction_id: str
    stripe_checkout_id: str
    x_gcp_marketplace_token: str
    aws_transaction_id: str
    google_pay_transaction_id: str ```

    To create a tenant without a payment provider, call the API without ny of the above provider
    keys in the request body

    ``POST /api/service/launch/tenant/`` (operation ``service_launch_tenant_create``)

    Args:
        body (TenantLaunchRequest):

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
    body: TenantLaunchRequest,
) -> TenantLaunchResponse:
    """User/tenant creation API

    To create using any payment provider, ensure you use the StudentToken Authentication Mechanism

    and also include the correct `provider_key` in the request body:

    ```
    apple_transaction_id: str
    stripe_checkout_id: str
    x_gcp_marketplace_token: str
    aws_transaction_id: str
    google_pay_transaction_id: str ```

    To create a tenant without a payment provider, call the API without ny of the above provider
    keys in the request body

    ``POST /api/service/launch/tenant/`` (operation ``service_launch_tenant_create``)

    Args:
        body (TenantLaunchRequest):

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
    body: TenantLaunchRequest,
) -> Response[TenantLaunchResponse]:
    """User/tenant creation API

    To create using any payment provider, ensure you use the StudentToken Authentication Mechanism

    and also include the correct `provider_key` in the request body:

    ```
    apple_transaction_id: str
    stripe_checkout_id: str
    x_gcp_marketplace_token: str
    aws_transaction_id: str
    google_pay_transaction_id: str ```

    To create a tenant without a payment provider, call the API without ny of the above provider
    keys in the request body

    ``POST /api/service/launch/tenant/`` (operation ``service_launch_tenant_create``)

    Args:
        body (TenantLaunchRequest):

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
    body: TenantLaunchRequest,
) -> TenantLaunchResponse:
    """User/tenant creation API

    To create using any payment provider, ensure you use the StudentToken Authentication Mechanism

    and also include the correct `provider_key` in the request body:

    ```
    apple_transaction_id: str
    stripe_checkout_id: str
    x_gcp_marketplace_token: str
    aws_transaction_id: str
    google_pay_transaction_id: str ```

    To create a tenant without a payment provider, call the API without ny of the above provider
    keys in the request body

    ``POST /api/service/launch/tenant/`` (operation ``service_launch_tenant_create``)

    Args:
        body (TenantLaunchRequest):

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
