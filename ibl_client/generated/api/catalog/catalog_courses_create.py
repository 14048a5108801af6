from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course import Course
from ...models.course_create_update import CourseCreateUpdate
from ...types import UNSET, Unset

OPERATION_ID = "catalog_courses_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Course,
    201: Course,
}


def _get_kwargs(
    *,
    body: CourseCreateUpdate,
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

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Course | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Course.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Course.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseCreateUpdate,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
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
    )


def sync(
    *,
    client: Client,
    body: CourseCreateUpdate,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseCreateUpdate,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseCreateUpdate,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
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
            client=client,
        )
    ).unwrap()
