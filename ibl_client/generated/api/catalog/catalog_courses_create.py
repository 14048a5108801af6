from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.course import Course
from ...models.course_create_update import CourseCreateUpdate
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "catalog_courses_create"


def _get_kwargs(
    *,
    body: CourseCreateUpdate | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["slug"] = slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/courses/",
        "params": params,
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, CourseCreateUpdate, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Course | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", Course, response.json())

        return response_200

    if response.status_code == 201:
        response_201 = nested("response_201", Course, response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseCreateUpdate | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Course]:
    """Add or update a course in the database.

    ``POST /api/catalog/courses/`` (operation ``catalog_courses_create``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):
        body (CourseCreateUpdate): Serializer for course creation/update request body.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Course]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
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
    body: CourseCreateUpdate | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Course:
    """Add or update a course in the database.

    ``POST /api/catalog/courses/`` (operation ``catalog_courses_create``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):
        body (CourseCreateUpdate): Serializer for course creation/update request body.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Course
    """

    return sync_detailed(
        body=body,
        course_id=course_id,
        org=org,
        slug=slug,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseCreateUpdate | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[Course]:
    """Add or update a course in the database.

    ``POST /api/catalog/courses/`` (operation ``catalog_courses_create``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):
        body (CourseCreateUpdate): Serializer for course creation/update request body.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Course]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
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
    body: CourseCreateUpdate | Mapping[str, Any],
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Course:
    """Add or update a course in the database.

    ``POST /api/catalog/courses/`` (operation ``catalog_courses_create``)

    Args:
        course_id (str | Unset):
        org (str | Unset):
        slug (str | Unset):
        body (CourseCreateUpdate): Serializer for course creation/update request body.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Course
    """

    return (
        await asyncio_detailed(
            body=body,
            course_id=course_id,
            org=org,
            slug=slug,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
