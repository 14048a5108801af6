from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.retriever_request_search import RetrieverRequestSearch
from ...models.retriever_response_search import RetrieverResponseSearch

OPERATION_ID = "ai_index_orgs_users_documents_search_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RetrieverResponseSearch,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: RetrieverRequestSearch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-index/orgs/{org}/users/{user_id}/documents/search/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RetrieverResponseSearch | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RetrieverResponseSearch.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: RetrieverRequestSearch,
) -> Response[RetrieverResponseSearch]:
    """Retrieve resource documents similar to the given query.

    This endpoint performs a semantic search to find documents that are relevant to the provided
    query within the specified pathway.

    Args:
    request: The HTTP request containing the search query.
    org: Organization key identifier.

    Returns:
    Response: A list of documents relevant to the search query.

    Raises:
    ValidationError: If the request data is invalid.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/search/`` (operation ``ai_index_orgs_users_documents_search_create``)

    Args:
        org (str):
        user_id (str):
        body (RetrieverRequestSearch):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RetrieverResponseSearch]: status, headers, raw body and parsed model.
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
    body: RetrieverRequestSearch,
) -> RetrieverResponseSearch:
    """Retrieve resource documents similar to the given query.

    This endpoint performs a semantic search to find documents that are relevant to the provided
    query within the specified pathway.

    Args:
    request: The HTTP request containing the search query.
    org: Organization key identifier.

    Returns:
    Response: A list of documents relevant to the search query.

    Raises:
    ValidationError: If the request data is invalid.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/search/`` (operation ``ai_index_orgs_users_documents_search_create``)

    Args:
        org (str):
        user_id (str):
        body (RetrieverRequestSearch):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RetrieverResponseSearch
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
    body: RetrieverRequestSearch,
) -> Response[RetrieverResponseSearch]:
    """Retrieve resource documents similar to the given query.

    This endpoint performs a semantic search to find documents that are relevant to the provided
    query within the specified pathway.

    Args:
    request: The HTTP request containing the search query.
    org: Organization key identifier.

    Returns:
    Response: A list of documents relevant to the search query.

    Raises:
    ValidationError: If the request data is invalid.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/search/`` (operation ``ai_index_orgs_users_documents_search_create``)

    Args:
        org (str):
        user_id (str):
        body (RetrieverRequestSearch):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RetrieverResponseSearch]: status, headers, raw body and parsed model.
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
    body: RetrieverRequestSearch,
) -> RetrieverResponseSearch:
    """Retrieve resource documents similar to the given query.

    This endpoint performs a semantic search to find documents that are relevant to the provided
    query within the specified pathway.

    Args:
    request: The HTTP request containing the search query.
    org: Organization key identifier.

    Returns:
    Response: A list of documents relevant to the search query.

    Raises:
    ValidationError: If the request data is invalid.

    ``POST /api/ai-index/orgs/{org}/users/{user_id}/documents/search/`` (operation ``ai_index_orgs_users_documents_search_create``)

    Args:
        org (str):
        user_id (str):
        body (RetrieverRequestSearch):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        RetrieverResponseSearch
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
