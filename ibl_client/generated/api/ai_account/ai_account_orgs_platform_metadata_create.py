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
from ...models.iblai_platform_meta import IBLAIPlatformMeta
from ...models.iblai_platform_meta_request import IBLAIPlatformMetaRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_account_orgs_platform_metadata_create"


def _get_kwargs(
    org: str,
    *,
    body: IBLAIPlatformMetaRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-account/orgs/{org}/platform-metadata/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, IBLAIPlatformMetaRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> IBLAIPlatformMeta | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = nested("response_201", IBLAIPlatformMeta, response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: IBLAIPlatformMetaRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[IBLAIPlatformMeta]:
    """Create or update platform metadata for a specific organization.

    Args:
    request: The HTTP request containing metadata information
    org: Organization key identifier

    Returns:
    Response: Created/updated platform metadata

    Raises:
    NotFound: When platform is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_create``)

    Args:
        org (str):
        body (IBLAIPlatformMetaRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[IBLAIPlatformMeta]: status, headers, raw body and parsed model.
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
    body: IBLAIPlatformMetaRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> IBLAIPlatformMeta:
    """Create or update platform metadata for a specific organization.

    Args:
    request: The HTTP request containing metadata information
    org: Organization key identifier

    Returns:
    Response: Created/updated platform metadata

    Raises:
    NotFound: When platform is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_create``)

    Args:
        org (str):
        body (IBLAIPlatformMetaRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        IBLAIPlatformMeta
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
    body: IBLAIPlatformMetaRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[IBLAIPlatformMeta]:
    """Create or update platform metadata for a specific organization.

    Args:
    request: The HTTP request containing metadata information
    org: Organization key identifier

    Returns:
    Response: Created/updated platform metadata

    Raises:
    NotFound: When platform is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_create``)

    Args:
        org (str):
        body (IBLAIPlatformMetaRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[IBLAIPlatformMeta]: status, headers, raw body and parsed model.
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
    body: IBLAIPlatformMetaRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> IBLAIPlatformMeta:
    """Create or update platform metadata for a specific organization.

    Args:
    request: The HTTP request containing metadata information
    org: Organization key identifier

    Returns:
    Response: Created/updated platform metadata

    Raises:
    NotFound: When platform is not found
    ValidationError: When request data is invalid

    ``POST /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_create``)

    Args:
        org (str):
        body (IBLAIPlatformMetaRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        IBLAIPlatformMeta
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
