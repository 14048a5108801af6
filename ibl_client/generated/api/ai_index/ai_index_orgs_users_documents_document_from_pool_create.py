from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.document_from_pool_request import DocumentFromPoolRequest
from ...models.train_document_view_response import TrainDocumentViewResponse

OPERATION_ID = "ai_index_orgs_users_documents_document_from_pool_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TrainDocumentViewResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: DocumentFromPoolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

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
    body: DocumentFromPoolRequest,
) -> Response[TrainDocumentViewResponse]:
    """Train a document from the document pool

    Sample request: ```json {"document_id": 3, "to_pathway": "7c43ec09-3d37-489c-a461-8d73df1d91c7"}
    ```

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/`` (operation ``ai_index_orgs_users_documents_document_from_pool_create``)

    Args:
        org (str):
        user_id (str):
        body (DocumentFromPoolRequest):

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
    body: DocumentFromPoolRequest,
) -> TrainDocumentViewResponse:
    """Train a document from the document pool

    Sample request: ```json {"document_id": 3, "to_pathway": "7c43ec09-3d37-489c-a461-8d73df1d91c7"}
    ```

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/`` (operation ``ai_index_orgs_users_documents_document_from_pool_create``)

    Args:
        org (str):
        user_id (str):
        body (DocumentFromPoolRequest):

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
    body: DocumentFromPoolRequest,
) -> Response[TrainDocumentViewResponse]:
    """Train a document from the document pool

    Sample request: ```json {"document_id": 3, "to_pathway": "7c43ec09-3d37-489c-a461-8d73df1d91c7"}
    ```

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/`` (operation ``ai_index_orgs_users_documents_document_from_pool_create``)

    Args:
        org (str):
        user_id (str):
        body (DocumentFromPoolRequest):

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
    body: DocumentFromPoolRequest,
) -> TrainDocumentViewResponse:
    """Train a document from the document pool

    Sample request: ```json {"document_id": 3, "to_pathway": "7c43ec09-3d37-489c-a461-8d73df1d91c7"}
    ```

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/document-from-pool/`` (operation ``ai_index_orgs_users_documents_document_from_pool_create``)

    Args:
        org (str):
        user_id (str):
        body (DocumentFromPoolRequest):

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
