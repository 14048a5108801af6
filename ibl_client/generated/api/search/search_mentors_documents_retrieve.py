from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.document_search_response import DocumentSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "search_mentors_documents_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "limit_offset"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: DocumentSearchResponse,
}


def _get_kwargs(
    mentor_unique_id: UUID,
    *,
    access: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    training_status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access"] = access

    params["document_type"] = document_type

    params["limit"] = limit

    params["offset"] = offset

    params["order_by"] = order_by

    params["order_direction"] = order_direction

    params["platform_key"] = platform_key

    params["query"] = query

    params["training_status"] = training_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search/mentors/{mentor_unique_id}/documents/".format(
            mentor_unique_id=quote(str(mentor_unique_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> DocumentSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = DocumentSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    mentor_unique_id: UUID,
    *,
    client: Client,
    access: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    training_status: str | Unset = UNSET,
) -> Response[DocumentSearchResponse]:
    """Search and filter documents associated with a specific mentor

    ``GET /api/search/mentors/{mentor_unique_id}/documents/`` (operation ``search_mentors_documents_retrieve``)

    Args:
        mentor_unique_id (UUID):
        access (str | Unset):
        document_type (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        training_status (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DocumentSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
        ),
        _parse_response,
    )


def sync(
    mentor_unique_id: UUID,
    *,
    client: Client,
    access: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    training_status: str | Unset = UNSET,
) -> DocumentSearchResponse:
    """Search and filter documents associated with a specific mentor

    ``GET /api/search/mentors/{mentor_unique_id}/documents/`` (operation ``search_mentors_documents_retrieve``)

    Args:
        mentor_unique_id (UUID):
        access (str | Unset):
        document_type (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        training_status (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DocumentSearchResponse
    """

    return sync_detailed(
        mentor_unique_id,
        access=access,
        document_type=document_type,
        limit=limit,
        offset=offset,
        order_by=order_by,
        order_direction=order_direction,
        platform_key=platform_key,
        query=query,
        training_status=training_status,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
    access: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    training_status: str | Unset = UNSET,
) -> Response[DocumentSearchResponse]:
    """Search and filter documents associated with a specific mentor

    ``GET /api/search/mentors/{mentor_unique_id}/documents/`` (operation ``search_mentors_documents_retrieve``)

    Args:
        mentor_unique_id (UUID):
        access (str | Unset):
        document_type (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        training_status (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[DocumentSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
        ),
        _parse_response,
    )


async def asyncio(
    mentor_unique_id: UUID,
    *,
    client: AsyncClient,
    access: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_direction: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    query: str | Unset = UNSET,
    training_status: str | Unset = UNSET,
) -> DocumentSearchResponse:
    """Search and filter documents associated with a specific mentor

    ``GET /api/search/mentors/{mentor_unique_id}/documents/`` (operation ``search_mentors_documents_retrieve``)

    Args:
        mentor_unique_id (UUID):
        access (str | Unset):
        document_type (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
        order_by (str | Unset):
        order_direction (str | Unset):
        platform_key (str | Unset):
        query (str | Unset):
        training_status (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        DocumentSearchResponse
    """

    return (
        await asyncio_detailed(
            mentor_unique_id,
            access=access,
            document_type=document_type,
            limit=limit,
            offset=offset,
            order_by=order_by,
            order_direction=order_direction,
            platform_key=platform_key,
            query=query,
            training_status=training_status,
            client=client,
        )
    ).unwrap()
