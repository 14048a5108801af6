from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.patched_platform_public_metadata_request import PatchedPlatformPublicMetadataRequest
from ...models.platform_public_metadata import PlatformPublicMetadata
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "core_orgs_metadata_partial_update"


def _get_kwargs(
    org: str,
    *,
    body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/core/orgs/{org}/metadata/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, PatchedPlatformPublicMetadataRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PlatformPublicMetadata | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", PlatformPublicMetadata, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: PatchedPlatformPublicMetadataRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
