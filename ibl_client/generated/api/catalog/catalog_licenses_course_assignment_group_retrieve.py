from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_course_license_group_assignment import (
    PaginatedCourseLicenseGroupAssignment,
)
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_course_assignment_group_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedCourseLicenseGroupAssignment,
}


def _get_kwargs(
    *,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/licenses/course/assignment/group/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedCourseLicenseGroupAssignment | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedCourseLicenseGroupAssignment.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedCourseLicenseGroupAssignment]:
    """Retrieve a paginated list of course license group assignments

    ``GET /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_retrieve``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedCourseLicenseGroupAssignment]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedCourseLicenseGroupAssignment:
    """Retrieve a paginated list of course license group assignments

    ``GET /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_retrieve``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedCourseLicenseGroupAssignment
    """

    return sync_detailed(
        license_id=license_id,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[PaginatedCourseLicenseGroupAssignment]:
    """Retrieve a paginated list of course license group assignments

    ``GET /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_retrieve``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedCourseLicenseGroupAssignment]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> PaginatedCourseLicenseGroupAssignment:
    """Retrieve a paginated list of course license group assignments

    ``GET /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_retrieve``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedCourseLicenseGroupAssignment
    """

    return (
        await asyncio_detailed(
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=client,
        )
    ).unwrap()
