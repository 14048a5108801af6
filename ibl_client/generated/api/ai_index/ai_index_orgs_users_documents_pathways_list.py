from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_retriever_document_embedding_list import (
    PaginatedRetrieverDocumentEmbeddingList,
)
from ...types import UNSET, Unset

OPERATION_ID = "ai_index_orgs_users_documents_pathways_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedRetrieverDocumentEmbeddingList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    pathway: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            pathway=quote(str(pathway), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedRetrieverDocumentEmbeddingList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedRetrieverDocumentEmbeddingList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    pathway: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedRetrieverDocumentEmbeddingList]:
    """Description: Retrieves a list of document embeddings for a specific pathway with optional search
    and pagination.

    Methods: - GET: Retrieves document embeddings that match the specified search criteria and are
    paginated according to offset and limit.

    Parameters: - search (str): Search query to filter document names or URLs. - offset (int):
    Offset number for pagination. - limit (int): Limit number for pagination.

    Returns: - GET: A paginated list of document embeddings with their details. {
    "count": 10,
    "next": "http://api.example.com/retriever_documents/?offset=10&limit=2",
    "previous": "http://api.example.com/retriever_documents/?offset=0&limit=2",
    "results": [
    {
    "document_name": "Document2",
    "platform_key": "example_platform",
    "pathway": "example_pathway"
    }
    ] }

    Error Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
    embeddings found for the specified criteria.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/`` (operation ``ai_index_orgs_users_documents_pathways_list``)

    Args:
        org (str):
        user_id (str):
        pathway (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRetrieverDocumentEmbeddingList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    pathway: str,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedRetrieverDocumentEmbeddingList:
    """Description: Retrieves a list of document embeddings for a specific pathway with optional search
    and pagination.

    Methods: - GET: Retrieves document embeddings that match the specified search criteria and are
    paginated according to offset and limit.

    Parameters: - search (str): Search query to filter document names or URLs. - offset (int):
    Offset number for pagination. - limit (int): Limit number for pagination.

    Returns: - GET: A paginated list of document embeddings with their details. {
    "count": 10,
    "next": "http://api.example.com/retriever_documents/?offset=10&limit=2",
    "previous": "http://api.example.com/retriever_documents/?offset=0&limit=2",
    "results": [
    {
    "document_name": "Document2",
    "platform_key": "example_platform",
    "pathway": "example_pathway"
    }
    ] }

    Error Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
    embeddings found for the specified criteria.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/`` (operation ``ai_index_orgs_users_documents_pathways_list``)

    Args:
        org (str):
        user_id (str):
        pathway (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRetrieverDocumentEmbeddingList
    """

    return sync_detailed(
        org,
        user_id,
        pathway,
        limit=limit,
        offset=offset,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    pathway: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedRetrieverDocumentEmbeddingList]:
    """Description: Retrieves a list of document embeddings for a specific pathway with optional search
    and pagination.

    Methods: - GET: Retrieves document embeddings that match the specified search criteria and are
    paginated according to offset and limit.

    Parameters: - search (str): Search query to filter document names or URLs. - offset (int):
    Offset number for pagination. - limit (int): Limit number for pagination.

    Returns: - GET: A paginated list of document embeddings with their details. {
    "count": 10,
    "next": "http://api.example.com/retriever_documents/?offset=10&limit=2",
    "previous": "http://api.example.com/retriever_documents/?offset=0&limit=2",
    "results": [
    {
    "document_name": "Document2",
    "platform_key": "example_platform",
    "pathway": "example_pathway"
    }
    ] }

    Error Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
    embeddings found for the specified criteria.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/`` (operation ``ai_index_orgs_users_documents_pathways_list``)

    Args:
        org (str):
        user_id (str):
        pathway (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedRetrieverDocumentEmbeddingList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    pathway: str,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedRetrieverDocumentEmbeddingList:
    """Description: Retrieves a list of document embeddings for a specific pathway with optional search
    and pagination.

    Methods: - GET: Retrieves document embeddings that match the specified search criteria and are
    paginated according to offset and limit.

    Parameters: - search (str): Search query to filter document names or URLs. - offset (int):
    Offset number for pagination. - limit (int): Limit number for pagination.

    Returns: - GET: A paginated list of document embeddings with their details. {
    "count": 10,
    "next": "http://api.example.com/retriever_documents/?offset=10&limit=2",
    "previous": "http://api.example.com/retriever_documents/?offset=0&limit=2",
    "results": [
    {
    "document_name": "Document2",
    "platform_key": "example_platform",
    "pathway": "example_pathway"
    }
    ] }

    Error Responses: - 400 Bad Request: Invalid query parameters. - 404 Not Found: No document
    embeddings found for the specified criteria.

    ``GET /api/ai-index/orgs/{org}/users/{user_id}/documents/pathways/{pathway}/`` (operation ``ai_index_orgs_users_documents_pathways_list``)

    Args:
        org (str):
        user_id (str):
        pathway (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedRetrieverDocumentEmbeddingList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            pathway,
            limit=limit,
            offset=offset,
            search=search,
            client=client,
        )
    ).unwrap()
