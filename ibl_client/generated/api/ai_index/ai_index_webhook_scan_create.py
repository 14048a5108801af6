from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.scan_webhook_request import ScanWebhookRequest
from ...models.scan_webhook_response import ScanWebhookResponse

OPERATION_ID = "ai_index_webhook_scan_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ScanWebhookResponse,
}


def _get_kwargs(
    *,
    body: ScanWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/webhook/scan/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ScanWebhookResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ScanWebhookResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: ScanWebhookRequest,
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
    )


def sync(
    *,
    client: Client,
    body: ScanWebhookRequest,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ScanWebhookRequest,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: ScanWebhookRequest,
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
            client=client,
        )
    ).unwrap()
