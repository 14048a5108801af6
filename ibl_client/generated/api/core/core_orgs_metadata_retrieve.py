from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.platform_public_metadata import PlatformPublicMetadata

OPERATION_ID = "core_orgs_metadata_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformPublicMetadata,
}


def _get_kwargs(
    org: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/core/orgs/{org}/metadata/".format(
            org=quote(str(org), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformPublicMetadata | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PlatformPublicMetadata.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
) -> Response[PlatformPublicMetadata]:
    """``GET /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformPublicMetadata]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
) -> PlatformPublicMetadata:
    """``GET /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPublicMetadata
    """

    return sync_detailed(
        org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
) -> Response[PlatformPublicMetadata]:
    """``GET /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PlatformPublicMetadata]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
) -> PlatformPublicMetadata:
    """``GET /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_retrieve``)

    Args:
        org (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPublicMetadata
    """

    return (
        await asyncio_detailed(
            org,
            client=client,
        )
    ).unwrap()
