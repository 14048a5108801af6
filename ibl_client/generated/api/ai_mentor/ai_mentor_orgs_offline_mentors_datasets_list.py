from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_offline_document_list import PaginatedOfflineDocumentList
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_offline_mentors_datasets_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedOfflineDocumentList,
}


def _get_kwargs(
    org: str,
    mentor_unique_id: UUID,
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
        "url": "/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/".format(
            org=quote(str(org), safe=""),
            mentor_unique_id=quote(str(mentor_unique_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedOfflineDocumentList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedOfflineDocumentList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedOfflineDocumentList]:
    """Retrieve paginated list of documents for offline use.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Query Parameters:
    limit: Number of results per page (default: 100, max: 500).
    offset: Number of results to skip.
    search: Optional search filter for document_name or url.

    Returns:
    Response: Paginated list of documents with S3 URLs.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/`` (operation ``ai_mentor_orgs_offline_mentors_datasets_list``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedOfflineDocumentList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_unique_id,
            limit=limit,
            offset=offset,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedOfflineDocumentList:
    """Retrieve paginated list of documents for offline use.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Query Parameters:
    limit: Number of results per page (default: 100, max: 500).
    offset: Number of results to skip.
    search: Optional search filter for document_name or url.

    Returns:
    Response: Paginated list of documents with S3 URLs.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/`` (operation ``ai_mentor_orgs_offline_mentors_datasets_list``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedOfflineDocumentList
    """

    return sync_detailed(
        org,
        mentor_unique_id,
        limit=limit,
        offset=offset,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[PaginatedOfflineDocumentList]:
    """Retrieve paginated list of documents for offline use.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Query Parameters:
    limit: Number of results per page (default: 100, max: 500).
    offset: Number of results to skip.
    search: Optional search filter for document_name or url.

    Returns:
    Response: Paginated list of documents with S3 URLs.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/`` (operation ``ai_mentor_orgs_offline_mentors_datasets_list``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedOfflineDocumentList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            mentor_unique_id,
            limit=limit,
            offset=offset,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> PaginatedOfflineDocumentList:
    """Retrieve paginated list of documents for offline use.

    Args:
    request: The HTTP request.
    org: Organization/platform key.
    mentor_unique_id: The unique ID (UUID) of the mentor.

    Query Parameters:
    limit: Number of results per page (default: 100, max: 500).
    offset: Number of results to skip.
    search: Optional search filter for document_name or url.

    Returns:
    Response: Paginated list of documents with S3 URLs.

    ``GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/datasets/`` (operation ``ai_mentor_orgs_offline_mentors_datasets_list``)

    Args:
        org (str):
        mentor_unique_id (UUID):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedOfflineDocumentList
    """

    return (
        await asyncio_detailed(
            org,
            mentor_unique_id,
            limit=limit,
            offset=offset,
            search=search,
            client=client,
        )
    ).unwrap()
