from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_license_create import PlatformLicenseCreate
from ...models.platform_license_detail import PlatformLicenseDetail

OPERATION_ID = "catalog_licenses_platform_create_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformLicenseDetail,
}


def _get_kwargs(
    *,
    body: PlatformLicenseCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/platform/create/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformLicenseDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformLicenseDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: PlatformLicenseCreate,
) -> Response[PlatformLicenseDetail]:
    """Create a new platform license

    ``POST /api/catalog/licenses/platform/create/`` (operation ``catalog_licenses_platform_create_create``)

    Args:
        body (PlatformLicenseCreate): Request serializer for PlatformLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformLicenseDetail]: status, headers, raw body and parsed model.
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
    body: PlatformLicenseCreate,
) -> PlatformLicenseDetail:
    """Create a new platform license

    ``POST /api/catalog/licenses/platform/create/`` (operation ``catalog_licenses_platform_create_create``)

    Args:
        body (PlatformLicenseCreate): Request serializer for PlatformLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformLicenseDetail
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PlatformLicenseCreate,
) -> Response[PlatformLicenseDetail]:
    """Create a new platform license

    ``POST /api/catalog/licenses/platform/create/`` (operation ``catalog_licenses_platform_create_create``)

    Args:
        body (PlatformLicenseCreate): Request serializer for PlatformLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformLicenseDetail]: status, headers, raw body and parsed model.
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
    body: PlatformLicenseCreate,
) -> PlatformLicenseDetail:
    """Create a new platform license

    ``POST /api/catalog/licenses/platform/create/`` (operation ``catalog_licenses_platform_create_create``)

    Args:
        body (PlatformLicenseCreate): Request serializer for PlatformLicenseCreateView POST
            endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformLicenseDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
