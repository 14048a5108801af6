from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.gcp_tenant_launch_request import GCPTenantLaunchRequest
from ...models.tenant_launch_response import TenantLaunchResponse

OPERATION_ID = "providers_gcp_launch_tenant_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: TenantLaunchResponse,
}


def _get_kwargs(
    *,
    body: GCPTenantLaunchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/providers/gcp/launch-tenant/",
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
    body: GCPTenantLaunchRequest,
) -> Response[TenantLaunchResponse]:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an authorized user hence the need for the API

    The API validates the x_gcp_marketplace_token and then proxies the request to the Platform Launc
    API

    ``POST /api/providers/gcp/launch-tenant/`` (operation ``providers_gcp_launch_tenant_create``)

    Args:
        body (GCPTenantLaunchRequest):

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
    body: GCPTenantLaunchRequest,
) -> TenantLaunchResponse:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an authorized user hence the need for the API

    The API validates the x_gcp_marketplace_token and then proxies the request to the Platform Launc
    API

    ``POST /api/providers/gcp/launch-tenant/`` (operation ``providers_gcp_launch_tenant_create``)

    Args:
        body (GCPTenantLaunchRequest):

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
    body: GCPTenantLaunchRequest,
) -> Response[TenantLaunchResponse]:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an authorized user hence the need for the API

    The API validates the x_gcp_marketplace_token and then proxies the request to the Platform Launc
    API

    ``POST /api/providers/gcp/launch-tenant/`` (operation ``providers_gcp_launch_tenant_create``)

    Args:
        body (GCPTenantLaunchRequest):

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
    body: GCPTenantLaunchRequest,
) -> TenantLaunchResponse:
    """Proxy to the Platform launch API

    We cannot expose launching a tenant to an authorized user hence the need for the API

    The API validates the x_gcp_marketplace_token and then proxies the request to the Platform Launc
    API

    ``POST /api/providers/gcp/launch-tenant/`` (operation ``providers_gcp_launch_tenant_create``)

    Args:
        body (GCPTenantLaunchRequest):

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
