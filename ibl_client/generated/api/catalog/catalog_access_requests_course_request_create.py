from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_access_request_create import CourseAccessRequestCreate
from ...models.course_access_request_detail import CourseAccessRequestDetail
from ...types import UNSET, Unset

OPERATION_ID = "catalog_access_requests_course_request_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseAccessRequestDetail,
}


def _get_kwargs(
    *,
    body: CourseAccessRequestCreate,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/access_requests/course/request/",
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
    body: CourseAccessRequestCreate,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> Response[CourseAccessRequestDetail]:
    """Create a new access request for a course

    ``POST /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_create``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):
        body (CourseAccessRequestCreate): Request serializer for
            CourseLicenseAccessRequestUserView POST endpoint

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
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseAccessRequestCreate,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> CourseAccessRequestDetail:
    """Create a new access request for a course

    ``POST /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_create``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):
        body (CourseAccessRequestCreate): Request serializer for
            CourseLicenseAccessRequestUserView POST endpoint

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseAccessRequestDetail
    """

    return sync_detailed(
        body=body,
        course_id=course_id,
        platform_key=platform_key,
        platform_org=platform_org,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseAccessRequestCreate,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> Response[CourseAccessRequestDetail]:
    """Create a new access request for a course

    ``POST /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_create``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):
        body (CourseAccessRequestCreate): Request serializer for
            CourseLicenseAccessRequestUserView POST endpoint

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
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseAccessRequestCreate,
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
) -> CourseAccessRequestDetail:
    """Create a new access request for a course

    ``POST /api/catalog/access_requests/course/request/`` (operation ``catalog_access_requests_course_request_create``)

    Args:
        course_id (str):
        platform_key (str | Unset):
        platform_org (str | Unset):
        body (CourseAccessRequestCreate): Request serializer for
            CourseLicenseAccessRequestUserView POST endpoint

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
            course_id=course_id,
            platform_key=platform_key,
            platform_org=platform_org,
            client=client,
        )
    ).unwrap()
