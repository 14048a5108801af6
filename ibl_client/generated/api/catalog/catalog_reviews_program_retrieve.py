from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_review_paginated_response import ProgramReviewPaginatedResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_reviews_program_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramReviewPaginatedResponse,
}


def _get_kwargs(
    *,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["program_id"] = program_id

    params["sort"] = sort

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/reviews/program/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramReviewPaginatedResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramReviewPaginatedResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ProgramReviewPaginatedResponse]:
    """Retrieve a paginated list of program reviews with filtering options

    ``GET /api/catalog/reviews/program/`` (operation ``catalog_reviews_program_retrieve``)

    Args:
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramReviewPaginatedResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ProgramReviewPaginatedResponse:
    """Retrieve a paginated list of program reviews with filtering options

    ``GET /api/catalog/reviews/program/`` (operation ``catalog_reviews_program_retrieve``)

    Args:
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramReviewPaginatedResponse
    """

    return sync_detailed(
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        program_id=program_id,
        sort=sort,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ProgramReviewPaginatedResponse]:
    """Retrieve a paginated list of program reviews with filtering options

    ``GET /api/catalog/reviews/program/`` (operation ``catalog_reviews_program_retrieve``)

    Args:
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramReviewPaginatedResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ProgramReviewPaginatedResponse:
    """Retrieve a paginated list of program reviews with filtering options

    ``GET /api/catalog/reviews/program/`` (operation ``catalog_reviews_program_retrieve``)

    Args:
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        program_id (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramReviewPaginatedResponse
    """

    return (
        await asyncio_detailed(
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            program_id=program_id,
            sort=sort,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
