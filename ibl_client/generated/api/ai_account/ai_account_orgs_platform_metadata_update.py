from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    PARSE_ERRORS,
    FieldError,
    nested,
    request_body,
    within,
)
from ...models.iblai_platform_meta import IBLAIPlatformMeta
from ...models.iblai_platform_meta_update_request import IBLAIPlatformMetaUpdateRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_account_orgs_platform_metadata_update"


def _get_kwargs(
    org: str,
    *,
    body: IBLAIPlatformMetaUpdateRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-account/orgs/{org}/platform-metadata/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, IBLAIPlatformMetaUpdateRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[IBLAIPlatformMeta] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            raise FieldError("response_200", "an array", _response_200)
        response_200 = []
        for _response_200_index, response_200_item_data in enumerate(_response_200):
            try:
                response_200_item = nested(
                    "response_200_item", IBLAIPlatformMeta, response_200_item_data
                )

            except PARSE_ERRORS as _response_200_error:
                raise within(
                    ("response_200", _response_200_index), _response_200_error, "response_200_item"
                ) from _response_200_error
            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: IBLAIPlatformMetaUpdateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[IBLAIPlatformMeta]]:
    """Update specific fields of platform metadata for an organization.

    This endpoint allows updating the active LLM provider and available LLMs.

    Args:
    request: The HTTP request containing update information
    org: Organization key identifier

    Returns:
    Response: Updated platform metadata

    Raises:
    NotFound: When platform metadata is not found
    ValidationError: When request data is invalid

    ``PUT /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_update``)

    Args:
        org (str):
        body (IBLAIPlatformMetaUpdateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[IBLAIPlatformMeta]]: status, headers, raw body and parsed model.
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
    body: IBLAIPlatformMetaUpdateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[IBLAIPlatformMeta]:
    """Update specific fields of platform metadata for an organization.

    This endpoint allows updating the active LLM provider and available LLMs.

    Args:
    request: The HTTP request containing update information
    org: Organization key identifier

    Returns:
    Response: Updated platform metadata

    Raises:
    NotFound: When platform metadata is not found
    ValidationError: When request data is invalid

    ``PUT /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_update``)

    Args:
        org (str):
        body (IBLAIPlatformMetaUpdateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[IBLAIPlatformMeta]
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
    body: IBLAIPlatformMetaUpdateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[list[IBLAIPlatformMeta]]:
    """Update specific fields of platform metadata for an organization.

    This endpoint allows updating the active LLM provider and available LLMs.

    Args:
    request: The HTTP request containing update information
    org: Organization key identifier

    Returns:
    Response: Updated platform metadata

    Raises:
    NotFound: When platform metadata is not found
    ValidationError: When request data is invalid

    ``PUT /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_update``)

    Args:
        org (str):
        body (IBLAIPlatformMetaUpdateRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[IBLAIPlatformMeta]]: status, headers, raw body and parsed model.
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
    body: IBLAIPlatformMetaUpdateRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> list[IBLAIPlatformMeta]:
    """Update specific fields of platform metadata for an organization.

    This endpoint allows updating the active LLM provider and available LLMs.

    Args:
    request: The HTTP request containing update information
    org: Organization key identifier

    Returns:
    Response: Updated platform metadata

    Raises:
    NotFound: When platform metadata is not found
    ValidationError: When request data is invalid

    ``PUT /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_update``)

    Args:
        org (str):
        body (IBLAIPlatformMetaUpdateRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[IBLAIPlatformMeta]
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
