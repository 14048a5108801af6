from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.retreiver_train_view_request import RetreiverTrainViewRequest
from ...models.retreiver_train_view_response import RetreiverTrainViewResponse

OPERATION_ID = "ai_index_orgs_users_documents_train_retriever_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RetreiverTrainViewResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: RetreiverTrainViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RetreiverTrainViewResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RetreiverTrainViewResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: RetreiverTrainViewRequest,
) -> Response[RetreiverTrainViewResponse]:
    """Train a document directly without using a worker.

    This endpoint is designed for training smaller documents directly without queuing them through a
    worker process. For larger documents, use the TrainDocumentView endpoint instead.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was trained successfully.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If the document training failed.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/`` (operation ``ai_index_orgs_users_documents_train_retriever_create``)

    Args:
        org (str):
        user_id (str):
        body (RetreiverTrainViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RetreiverTrainViewResponse]: status, headers, raw body and parsed model.
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
    body: RetreiverTrainViewRequest,
) -> RetreiverTrainViewResponse:
    """Train a document directly without using a worker.

    This endpoint is designed for training smaller documents directly without queuing them through a
    worker process. For larger documents, use the TrainDocumentView endpoint instead.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was trained successfully.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If the document training failed.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/`` (operation ``ai_index_orgs_users_documents_train_retriever_create``)

    Args:
        org (str):
        user_id (str):
        body (RetreiverTrainViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RetreiverTrainViewResponse
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
    body: RetreiverTrainViewRequest,
) -> Response[RetreiverTrainViewResponse]:
    """Train a document directly without using a worker.

    This endpoint is designed for training smaller documents directly without queuing them through a
    worker process. For larger documents, use the TrainDocumentView endpoint instead.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was trained successfully.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If the document training failed.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/`` (operation ``ai_index_orgs_users_documents_train_retriever_create``)

    Args:
        org (str):
        user_id (str):
        body (RetreiverTrainViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RetreiverTrainViewResponse]: status, headers, raw body and parsed model.
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
    body: RetreiverTrainViewRequest,
) -> RetreiverTrainViewResponse:
    """Train a document directly without using a worker.

    This endpoint is designed for training smaller documents directly without queuing them through a
    worker process. For larger documents, use the TrainDocumentView endpoint instead.

    Args:
    request: The HTTP request containing the document information.
    org: Organization key identifier.

    Returns:
    Response: A confirmation that the document was trained successfully.

    Raises:
    ValidationError: If the request data is invalid.
    BadRequest: If the document training failed.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/train/retriever/`` (operation ``ai_index_orgs_users_documents_train_retriever_create``)

    Args:
        org (str):
        user_id (str):
        body (RetreiverTrainViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RetreiverTrainViewResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
