from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_access_request_detail import CourseAccessRequestDetail
from ...models.course_access_request_update import CourseAccessRequestUpdate
from ...types import UNSET, Unset

OPERATION_ID = "catalog_access_requests_course_manage_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseAccessRequestDetail,
}


def _get_kwargs(
    *,
    body: CourseAccessRequestUpdate,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["reviewed"] = reviewed

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/access_requests/course/manage/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseAccessRequestDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseAccessRequestDetail.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseAccessRequestUpdate,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[CourseAccessRequestDetail]:
    """Update an existing access request (approve/reject)

    ``POST /api/catalog/access_requests/course/manage/`` (operation ``catalog_access_requests_course_manage_create``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        reviewed (bool | Unset):
        sort (str | Unset):
        body (CourseAccessRequestUpdate): Request serializer for
            CourseLicenseAccessRequestManagementView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseAccessRequestDetail]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseAccessRequestUpdate,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> CourseAccessRequestDetail:
    """Update an existing access request (approve/reject)

    ``POST /api/catalog/access_requests/course/manage/`` (operation ``catalog_access_requests_course_manage_create``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        reviewed (bool | Unset):
        sort (str | Unset):
        body (CourseAccessRequestUpdate): Request serializer for
            CourseLicenseAccessRequestManagementView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseAccessRequestDetail
    """

    return sync_detailed(
        body=body,
        page=page,
        page_size=page_size,
        platform_key=platform_key,
        platform_org=platform_org,
        reviewed=reviewed,
        sort=sort,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseAccessRequestUpdate,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[CourseAccessRequestDetail]:
    """Update an existing access request (approve/reject)

    ``POST /api/catalog/access_requests/course/manage/`` (operation ``catalog_access_requests_course_manage_create``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        reviewed (bool | Unset):
        sort (str | Unset):
        body (CourseAccessRequestUpdate): Request serializer for
            CourseLicenseAccessRequestManagementView POST endpoint

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseAccessRequestDetail]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseAccessRequestUpdate,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> CourseAccessRequestDetail:
    """Update an existing access request (approve/reject)

    ``POST /api/catalog/access_requests/course/manage/`` (operation ``catalog_access_requests_course_manage_create``)

    Args:
        page (int | Unset):
        page_size (int | Unset):
        platform_key (str | Unset):
        platform_org (str | Unset):
        reviewed (bool | Unset):
        sort (str | Unset):
        body (CourseAccessRequestUpdate): Request serializer for
            CourseLicenseAccessRequestManagementView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseAccessRequestDetail
    """

    return (
        await asyncio_detailed(
            body=body,
            page=page,
            page_size=page_size,
            platform_key=platform_key,
            platform_org=platform_org,
            reviewed=reviewed,
            sort=sort,
            client=client,
        )
    ).unwrap()
