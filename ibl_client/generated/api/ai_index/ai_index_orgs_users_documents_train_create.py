from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.train_document_view_request import TrainDocumentViewRequest
from ...models.train_document_view_response import TrainDocumentViewResponse

OPERATION_ID = "ai_index_orgs_users_documents_train_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TrainDocumentViewResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: TrainDocumentViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/train/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TrainDocumentViewResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TrainDocumentViewResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: TrainDocumentViewRequest,
) -> Response[TrainDocumentViewResponse]:
    """Train a document through a worker process.

    This endpoint queues larger documents for training through a worker process, which is more
    suitable for handling documents that would take too long to process directly.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was queued for training,
    including a task ID for tracking the progress.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If there was an error processing the document.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/`` (operation ``ai_index_orgs_users_documents_train_create``)

    Args:
        org (str):
        user_id (str):
        body (TrainDocumentViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TrainDocumentViewResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: TrainDocumentViewRequest,
) -> TrainDocumentViewResponse:
    """Train a document through a worker process.

    This endpoint queues larger documents for training through a worker process, which is more
    suitable for handling documents that would take too long to process directly.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was queued for training,
    including a task ID for tracking the progress.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If there was an error processing the document.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/`` (operation ``ai_index_orgs_users_documents_train_create``)

    Args:
        org (str):
        user_id (str):
        body (TrainDocumentViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TrainDocumentViewResponse
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: TrainDocumentViewRequest,
) -> Response[TrainDocumentViewResponse]:
    """Train a document through a worker process.

    This endpoint queues larger documents for training through a worker process, which is more
    suitable for handling documents that would take too long to process directly.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was queued for training,
    including a task ID for tracking the progress.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If there was an error processing the document.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/`` (operation ``ai_index_orgs_users_documents_train_create``)

    Args:
        org (str):
        user_id (str):
        body (TrainDocumentViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TrainDocumentViewResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: TrainDocumentViewRequest,
) -> TrainDocumentViewResponse:
    """Train a document through a worker process.

    This endpoint queues larger documents for training through a worker process, which is more
    suitable for handling documents that would take too long to process directly.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was queued for training,
    including a task ID for tracking the progress.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If there was an error processing the document.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/`` (operation ``ai_index_orgs_users_documents_train_create``)

    Args:
        org (str):
        user_id (str):
        body (TrainDocumentViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TrainDocumentViewResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
