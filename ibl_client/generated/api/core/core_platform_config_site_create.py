from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.core_platform_config_site_create_body import CorePlatformConfigSiteCreateBody
from ...models.core_platform_config_site_create_response_200 import (
    CorePlatformConfigSiteCreateResponse200,
)
from ...types import UNSET, Unset

OPERATION_ID = "core_platform_config_site_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CorePlatformConfigSiteCreateResponse200,
}


def _get_kwargs(
    *,
    body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/core/platform/config/site/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CorePlatformConfigSiteCreateResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CorePlatformConfigSiteCreateResponse200.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
) -> Response[CorePlatformConfigSiteCreateResponse200]:
    """GET /site Get site settings.

    POST /site Save site settings.

    Params: user_id key field_key (POST) value (POST)

    ``POST /api/core/platform/config/site/`` (operation ``core_platform_config_site_create``)

    Args:
        body (CorePlatformConfigSiteCreateBody | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CorePlatformConfigSiteCreateResponse200]: status, headers, raw body and parsed model.
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
    body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
) -> CorePlatformConfigSiteCreateResponse200:
    """GET /site Get site settings.

    POST /site Save site settings.

    Params: user_id key field_key (POST) value (POST)

    ``POST /api/core/platform/config/site/`` (operation ``core_platform_config_site_create``)

    Args:
        body (CorePlatformConfigSiteCreateBody | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CorePlatformConfigSiteCreateResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
) -> Response[CorePlatformConfigSiteCreateResponse200]:
    """GET /site Get site settings.

    POST /site Save site settings.

    Params: user_id key field_key (POST) value (POST)

    ``POST /api/core/platform/config/site/`` (operation ``core_platform_config_site_create``)

    Args:
        body (CorePlatformConfigSiteCreateBody | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CorePlatformConfigSiteCreateResponse200]: status, headers, raw body and parsed model.
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
    body: CorePlatformConfigSiteCreateBody | Unset = UNSET,
) -> CorePlatformConfigSiteCreateResponse200:
    """GET /site Get site settings.

    POST /site Save site settings.

    Params: user_id key field_key (POST) value (POST)

    ``POST /api/core/platform/config/site/`` (operation ``core_platform_config_site_create``)

    Args:
        body (CorePlatformConfigSiteCreateBody | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CorePlatformConfigSiteCreateResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
