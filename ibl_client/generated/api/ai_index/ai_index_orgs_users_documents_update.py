from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.retriever_document_embedding import RetrieverDocumentEmbedding
from ...models.retriever_document_embedding_request import RetrieverDocumentEmbeddingRequest

OPERATION_ID = "ai_index_orgs_users_documents_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RetrieverDocumentEmbedding,
}


def _get_kwargs(
    org: str,
    user_id: str,
    document_id: str,
    *,
    body: RetrieverDocumentEmbeddingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RetrieverDocumentEmbedding | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RetrieverDocumentEmbedding.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: Client,
    body: RetrieverDocumentEmbeddingRequest,
) -> Response[RetrieverDocumentEmbedding]:
    """Update a specific document embedding.

    This endpoint allows updating various properties of a document embedding, including its name,
    type, pathway, and training status.

    Args:
    request: The HTTP request containing the updated document data.
    org: Organization key identifier.
    document_id: The ID of the document embedding to update.

    Returns:
    Response: The updated document embedding information.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified document embedding does not exist.

    ``PUT /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_update``)

    Args:
        org (str):
        user_id (str):
        document_id (str):
        body (RetrieverDocumentEmbeddingRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RetrieverDocumentEmbedding]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            document_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: Client,
    body: RetrieverDocumentEmbeddingRequest,
) -> RetrieverDocumentEmbedding:
    """Update a specific document embedding.

    This endpoint allows updating various properties of a document embedding, including its name,
    type, pathway, and training status.

    Args:
    request: The HTTP request containing the updated document data.
    org: Organization key identifier.
    document_id: The ID of the document embedding to update.

    Returns:
    Response: The updated document embedding information.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified document embedding does not exist.

    ``PUT /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_update``)

    Args:
        org (str):
        user_id (str):
        document_id (str):
        body (RetrieverDocumentEmbeddingRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RetrieverDocumentEmbedding
    """

    return sync_detailed(
        org,
        user_id,
        document_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: AsyncClient,
    body: RetrieverDocumentEmbeddingRequest,
) -> Response[RetrieverDocumentEmbedding]:
    """Update a specific document embedding.

    This endpoint allows updating various properties of a document embedding, including its name,
    type, pathway, and training status.

    Args:
    request: The HTTP request containing the updated document data.
    org: Organization key identifier.
    document_id: The ID of the document embedding to update.

    Returns:
    Response: The updated document embedding information.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified document embedding does not exist.

    ``PUT /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_update``)

    Args:
        org (str):
        user_id (str):
        document_id (str):
        body (RetrieverDocumentEmbeddingRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RetrieverDocumentEmbedding]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            document_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    document_id: str,
    *,
    client: AsyncClient,
    body: RetrieverDocumentEmbeddingRequest,
) -> RetrieverDocumentEmbedding:
    """Update a specific document embedding.

    This endpoint allows updating various properties of a document embedding, including its name,
    type, pathway, and training status.

    Args:
    request: The HTTP request containing the updated document data.
    org: Organization key identifier.
    document_id: The ID of the document embedding to update.

    Returns:
    Response: The updated document embedding information.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified document embedding does not exist.

    ``PUT /api/ai-index/orgs/{org}/users/{user_id}/documents/{document_id}/`` (operation ``ai_index_orgs_users_documents_update``)

    Args:
        org (str):
        user_id (str):
        document_id (str):
        body (RetrieverDocumentEmbeddingRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RetrieverDocumentEmbedding
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            document_id,
            body=body,
            client=client,
        )
    ).unwrap()
