from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.program_enrollment_search_response import ProgramEnrollmentSearchResponse
from ...types import UNSET, Unset

OPERATION_ID = "catalog_enrollment_programs_search_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ProgramEnrollmentSearchResponse,
}


def _get_kwargs(
    *,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_default_platform"] = include_default_platform

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["program_id"] = program_id

    params["program_type"] = program_type

    params["slug"] = slug

    params["sort"] = sort

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/enrollment/programs/search/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ProgramEnrollmentSearchResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ProgramEnrollmentSearchResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ProgramEnrollmentSearchResponse]:
    """Search program enrollments based on user or program identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/programs/search/`` (operation ``catalog_enrollment_programs_search_retrieve``)

    Args:
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_type (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramEnrollmentSearchResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ProgramEnrollmentSearchResponse:
    """Search program enrollments based on user or program identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/programs/search/`` (operation ``catalog_enrollment_programs_search_retrieve``)

    Args:
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_type (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramEnrollmentSearchResponse
    """

    return sync_detailed(
        include_default_platform=include_default_platform,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        program_id=program_id,
        program_type=program_type,
        slug=slug,
        sort=sort,
        user_id=user_id,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[ProgramEnrollmentSearchResponse]:
    """Search program enrollments based on user or program identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/programs/search/`` (operation ``catalog_enrollment_programs_search_retrieve``)

    Args:
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_type (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ProgramEnrollmentSearchResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    program_id: str | Unset = UNSET,
    program_type: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> ProgramEnrollmentSearchResponse:
    """Search program enrollments based on user or program identifiers. Returns paginated enrollment
    results.

    ``GET /api/catalog/enrollment/programs/search/`` (operation ``catalog_enrollment_programs_search_retrieve``)

    Args:
        include_default_platform (bool | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        program_id (str | Unset):
        program_type (str | Unset):
        slug (str | Unset):
        sort (str | Unset):
        user_id (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ProgramEnrollmentSearchResponse
    """

    return (
        await asyncio_detailed(
            include_default_platform=include_default_platform,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            program_id=program_id,
            program_type=program_type,
            slug=slug,
            sort=sort,
            user_id=user_id,
            username=username,
            client=client,
        )
    ).unwrap()
