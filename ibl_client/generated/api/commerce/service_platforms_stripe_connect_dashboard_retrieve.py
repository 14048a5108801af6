from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.stripe_connect_dashboard_link import StripeConnectDashboardLink

OPERATION_ID = "service_platforms_stripe_connect_dashboard_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: StripeConnectDashboardLink,
}


def _get_kwargs(
    platform_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/service/platforms/{platform_key}/stripe/connect/dashboard/".format(
            platform_key=quote(str(platform_key), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> StripeConnectDashboardLink | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = StripeConnectDashboardLink.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    platform_key: str,
    *,
    client: Client,
) -> Response[StripeConnectDashboardLink]:
    """Get Express Dashboard login link

    ``GET /api/service/platforms/{platform_key}/stripe/connect/dashboard/`` (operation ``service_platforms_stripe_connect_dashboard_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeConnectDashboardLink]: status, headers, raw body and parsed model.
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
) -> StripeConnectDashboardLink:
    """Get Express Dashboard login link

    ``GET /api/service/platforms/{platform_key}/stripe/connect/dashboard/`` (operation ``service_platforms_stripe_connect_dashboard_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeConnectDashboardLink
    """

    return sync_detailed(
        platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    platform_key: str,
    *,
    client: AsyncClient,
) -> Response[StripeConnectDashboardLink]:
    """Get Express Dashboard login link

    ``GET /api/service/platforms/{platform_key}/stripe/connect/dashboard/`` (operation ``service_platforms_stripe_connect_dashboard_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[StripeConnectDashboardLink]: status, headers, raw body and parsed model.
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
) -> StripeConnectDashboardLink:
    """Get Express Dashboard login link

    ``GET /api/service/platforms/{platform_key}/stripe/connect/dashboard/`` (operation ``service_platforms_stripe_connect_dashboard_retrieve``)

    Args:
        platform_key (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        StripeConnectDashboardLink
    """

    return (
        await asyncio_detailed(
            platform_key,
            client=client,
        )
    ).unwrap()
