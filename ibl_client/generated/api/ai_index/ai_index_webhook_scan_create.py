from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.scan_webhook_request import ScanWebhookRequest
from ...models.scan_webhook_response import ScanWebhookResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_index_webhook_scan_create"


def _get_kwargs(
    *,
    body: ScanWebhookRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/webhook/scan/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, ScanWebhookRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ScanWebhookResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", ScanWebhookResponse, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ScanWebhookRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ScanWebhookResponse]:
    """Receive and process file scan status from external security scanning services.

    This webhook endpoint receives scan results for files that have been submitted for security
    scanning. It processes the results asynchronously and determines if the files are safe for
    further processing.

    Args:
    request: The HTTP request containing scan result data.

    Returns:
    Response: A confirmation that the scan result was received and is being processed.

    Raises:
    BadRequest: If the provided scan result data is invalid.

    ``POST /api/ai-index/webhook/scan/`` (operation ``ai_index_webhook_scan_create``)

    Args:
        body (ScanWebhookRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ScanWebhookResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: ScanWebhookRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ScanWebhookResponse:
    """Receive and process file scan status from external security scanning services.

    This webhook endpoint receives scan results for files that have been submitted for security
    scanning. It processes the results asynchronously and determines if the files are safe for
    further processing.

    Args:
    request: The HTTP request containing scan result data.

    Returns:
    Response: A confirmation that the scan result was received and is being processed.

    Raises:
    BadRequest: If the provided scan result data is invalid.

    ``POST /api/ai-index/webhook/scan/`` (operation ``ai_index_webhook_scan_create``)

    Args:
        body (ScanWebhookRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ScanWebhookResponse
    """

    return sync_detailed(
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ScanWebhookRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[ScanWebhookResponse]:
    """Receive and process file scan status from external security scanning services.

    This webhook endpoint receives scan results for files that have been submitted for security
    scanning. It processes the results asynchronously and determines if the files are safe for
    further processing.

    Args:
    request: The HTTP request containing scan result data.

    Returns:
    Response: A confirmation that the scan result was received and is being processed.

    Raises:
    BadRequest: If the provided scan result data is invalid.

    ``POST /api/ai-index/webhook/scan/`` (operation ``ai_index_webhook_scan_create``)

    Args:
        body (ScanWebhookRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ScanWebhookResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ScanWebhookRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> ScanWebhookResponse:
    """Receive and process file scan status from external security scanning services.

    This webhook endpoint receives scan results for files that have been submitted for security
    scanning. It processes the results asynchronously and determines if the files are safe for
    further processing.

    Args:
    request: The HTTP request containing scan result data.

    Returns:
    Response: A confirmation that the scan result was received and is being processed.

    Raises:
    BadRequest: If the provided scan result data is invalid.

    ``POST /api/ai-index/webhook/scan/`` (operation ``ai_index_webhook_scan_create``)

    Args:
        body (ScanWebhookRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ScanWebhookResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
