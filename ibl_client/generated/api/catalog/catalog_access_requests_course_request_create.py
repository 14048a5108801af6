from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.course_access_request_create import CourseAccessRequestCreate
from ...models.course_access_request_detail import CourseAccessRequestDetail
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_access_requests_course_request_create"


def _get_kwargs(
    *,
    body: CourseAccessRequestCreate | Mapping[str, Any],
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

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, CourseAccessRequestCreate, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseAccessRequestDetail | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", CourseAccessRequestDetail, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseAccessRequestCreate | Mapping[str, Any],
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: CourseAccessRequestCreate | Mapping[str, Any],
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseAccessRequestCreate | Mapping[str, Any],
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseAccessRequestCreate | Mapping[str, Any],
    course_id: str,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
