from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_course_license import PaginatedCourseLicense
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_course_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedCourseLicense,
}


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["course_id"] = course_id

    params["external_id"] = external_id

    params["key"] = key

    params["name"] = name

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["query"] = query

    params["sort"] = sort

    params["source"] = source

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/licenses/course/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedCourseLicense | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedCourseLicense.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PaginatedCourseLicense]:
    """Retrieve a paginated list of course licenses

    ``GET /api/catalog/licenses/course/`` (operation ``catalog_licenses_course_retrieve``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedCourseLicense]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PaginatedCourseLicense:
    """Retrieve a paginated list of course licenses

    ``GET /api/catalog/licenses/course/`` (operation ``catalog_licenses_course_retrieve``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedCourseLicense
    """

    return sync_detailed(
        active=active,
        course_id=course_id,
        external_id=external_id,
        key=key,
        name=name,
        org=org,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        query=query,
        sort=sort,
        source=source,
        verbose=verbose,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[PaginatedCourseLicense]:
    """Retrieve a paginated list of course licenses

    ``GET /api/catalog/licenses/course/`` (operation ``catalog_licenses_course_retrieve``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedCourseLicense]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    active: bool | Unset = UNSET,
    course_id: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    name: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    query: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    source: str | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> PaginatedCourseLicense:
    """Retrieve a paginated list of course licenses

    ``GET /api/catalog/licenses/course/`` (operation ``catalog_licenses_course_retrieve``)

    Args:
        active (bool | Unset):
        course_id (str | Unset):
        external_id (str | Unset):
        key (str | Unset):
        name (str | Unset):
        org (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        query (str | Unset):
        sort (str | Unset):
        source (str | Unset):
        verbose (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedCourseLicense
    """

    return (
        await asyncio_detailed(
            active=active,
            course_id=course_id,
            external_id=external_id,
            key=key,
            name=name,
            org=org,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            query=query,
            sort=sort,
            source=source,
            verbose=verbose,
            client=client,
        )
    ).unwrap()
