from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_license_group_assignment_create import CourseLicenseGroupAssignmentCreate
from ...models.course_license_group_assignment_detail import CourseLicenseGroupAssignmentDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_licenses_course_assignment_group_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseLicenseGroupAssignmentDetail,
}


def _get_kwargs(
    *,
    body: CourseLicenseGroupAssignmentCreate,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["license_id"] = license_id

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/licenses/course/assignment/group/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseLicenseGroupAssignmentDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseLicenseGroupAssignmentDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseLicenseGroupAssignmentCreate,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[CourseLicenseGroupAssignmentDetail]:
    """Create or update a course license group assignment

    ``POST /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (CourseLicenseGroupAssignmentCreate): Request serializer for
            CourseLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseLicenseGroupAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: CourseLicenseGroupAssignmentCreate,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> CourseLicenseGroupAssignmentDetail:
    """Create or update a course license group assignment

    ``POST /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (CourseLicenseGroupAssignmentCreate): Request serializer for
            CourseLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseLicenseGroupAssignmentDetail
    """

    return sync_detailed(
        body=body,
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
    body: CourseLicenseGroupAssignmentCreate,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[CourseLicenseGroupAssignmentDetail]:
    """Create or update a course license group assignment

    ``POST /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (CourseLicenseGroupAssignmentCreate): Request serializer for
            CourseLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseLicenseGroupAssignmentDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
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
    body: CourseLicenseGroupAssignmentCreate,
    license_id: int,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> CourseLicenseGroupAssignmentDetail:
    """Create or update a course license group assignment

    ``POST /api/catalog/licenses/course/assignment/group/`` (operation ``catalog_licenses_course_assignment_group_create``)

    Args:
        license_id (int):
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        sort (str | Unset):
        body (CourseLicenseGroupAssignmentCreate): Request serializer for
            CourseLicenseGroupAssignmentView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseLicenseGroupAssignmentDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            license_id=license_id,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            sort=sort,
            client=client,
        )
    ).unwrap()
