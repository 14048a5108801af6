from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.patched_platform_public_metadata_request import PatchedPlatformPublicMetadataRequest
from ...models.platform_public_metadata import PlatformPublicMetadata
from ...types import UNSET, Unset

OPERATION_ID = "core_orgs_metadata_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PlatformPublicMetadata,
}


def _get_kwargs(
    org: str,
    *,
    body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/core/orgs/{org}/metadata/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
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
    body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
) -> Response[PlatformPublicMetadata]:
    """``PATCH /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_partial_update``)

    Args:
        org (str):
        body (PatchedPlatformPublicMetadataRequest | Unset):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
) -> PlatformPublicMetadata:
    """``PATCH /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_partial_update``)

    Args:
        org (str):
        body (PatchedPlatformPublicMetadataRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PlatformPublicMetadata
    """

    return sync_detailed(
        org,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
) -> Response[PlatformPublicMetadata]:
    """``PATCH /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_partial_update``)

    Args:
        org (str):
        body (PatchedPlatformPublicMetadataRequest | Unset):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedPlatformPublicMetadataRequest | Unset = UNSET,
) -> PlatformPublicMetadata:
    """``PATCH /api/core/orgs/{org}/metadata/`` (operation ``core_orgs_metadata_partial_update``)

    Args:
        org (str):
        body (PatchedPlatformPublicMetadataRequest | Unset):

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
            body=body,
            client=client,
        )
    ).unwrap()
