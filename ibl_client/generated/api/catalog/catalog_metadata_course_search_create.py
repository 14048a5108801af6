from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.catalog_metadata_course_search_create_response_200 import (
    CatalogMetadataCourseSearchCreateResponse200,
)
from ...models.course_metadata_search_request import CourseMetadataSearchRequest
from ...types import UNSET, Unset

OPERATION_ID = "catalog_metadata_course_search_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CatalogMetadataCourseSearchCreateResponse200,
}


def _get_kwargs(
    *,
    body: CourseMetadataSearchRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/metadata/course-search/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> CatalogMetadataCourseSearchCreateResponse200 | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CatalogMetadataCourseSearchCreateResponse200.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseMetadataSearchRequest | Unset = UNSET,
) -> Response[CatalogMetadataCourseSearchCreateResponse200]:
    """Search for courses matching specified metadata filters.

    ``POST /api/catalog/metadata/course-search/`` (operation ``catalog_metadata_course_search_create``)

    Args:
        body (CourseMetadataSearchRequest | Unset): Serializer for course metadata search request
            body.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMetadataCourseSearchCreateResponse200]: status, headers, raw body and parsed model.
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
    body: CourseMetadataSearchRequest | Unset = UNSET,
) -> CatalogMetadataCourseSearchCreateResponse200:
    """Search for courses matching specified metadata filters.

    ``POST /api/catalog/metadata/course-search/`` (operation ``catalog_metadata_course_search_create``)

    Args:
        body (CourseMetadataSearchRequest | Unset): Serializer for course metadata search request
            body.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMetadataCourseSearchCreateResponse200
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseMetadataSearchRequest | Unset = UNSET,
) -> Response[CatalogMetadataCourseSearchCreateResponse200]:
    """Search for courses matching specified metadata filters.

    ``POST /api/catalog/metadata/course-search/`` (operation ``catalog_metadata_course_search_create``)

    Args:
        body (CourseMetadataSearchRequest | Unset): Serializer for course metadata search request
            body.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CatalogMetadataCourseSearchCreateResponse200]: status, headers, raw body and parsed model.
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
    body: CourseMetadataSearchRequest | Unset = UNSET,
) -> CatalogMetadataCourseSearchCreateResponse200:
    """Search for courses matching specified metadata filters.

    ``POST /api/catalog/metadata/course-search/`` (operation ``catalog_metadata_course_search_create``)

    Args:
        body (CourseMetadataSearchRequest | Unset): Serializer for course metadata search request
            body.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CatalogMetadataCourseSearchCreateResponse200
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
