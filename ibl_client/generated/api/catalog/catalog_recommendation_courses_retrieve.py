from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course import Course
from ...types import UNSET, Unset

OPERATION_ID = "catalog_recommendation_courses_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Course,
}


def _get_kwargs(
    *,
    course_id: str,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/recommendation/courses/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Course | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Course.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[Course]:
    """GET Get a 'next' course

    This method retrieves the next recommended course for a user based on the provided parameters.
    It expects the following parameters in the request query: - user_id: The ID of the user for whom
    the next course is being recommended. - course_id: The ID of the current course. - org: The
    organization associated with the course.

    Returns: - A serialized representation of the next course if found, with a status code of 200. -
    A status code of 400 if the course_id is not provided. - A status code of 200 with a None
    response if no next course is found.

    Error Conditions: - Returns a 400 status code if the course_id is missing from the request
    parameters.

    Side Effects: - None

    ``GET /api/catalog/recommendation/courses/`` (operation ``catalog_recommendation_courses_retrieve``)

    Args:
        course_id (str):
        org (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Course]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            org=org,
            user_id=user_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Course:
    """GET Get a 'next' course

    This method retrieves the next recommended course for a user based on the provided parameters.
    It expects the following parameters in the request query: - user_id: The ID of the user for whom
    the next course is being recommended. - course_id: The ID of the current course. - org: The
    organization associated with the course.

    Returns: - A serialized representation of the next course if found, with a status code of 200. -
    A status code of 400 if the course_id is not provided. - A status code of 200 with a None
    response if no next course is found.

    Error Conditions: - Returns a 400 status code if the course_id is missing from the request
    parameters.

    Side Effects: - None

    ``GET /api/catalog/recommendation/courses/`` (operation ``catalog_recommendation_courses_retrieve``)

    Args:
        course_id (str):
        org (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Course
    """

    return sync_detailed(
        course_id=course_id,
        org=org,
        user_id=user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[Course]:
    """GET Get a 'next' course

    This method retrieves the next recommended course for a user based on the provided parameters.
    It expects the following parameters in the request query: - user_id: The ID of the user for whom
    the next course is being recommended. - course_id: The ID of the current course. - org: The
    organization associated with the course.

    Returns: - A serialized representation of the next course if found, with a status code of 200. -
    A status code of 400 if the course_id is not provided. - A status code of 200 with a None
    response if no next course is found.

    Error Conditions: - Returns a 400 status code if the course_id is missing from the request
    parameters.

    Side Effects: - None

    ``GET /api/catalog/recommendation/courses/`` (operation ``catalog_recommendation_courses_retrieve``)

    Args:
        course_id (str):
        org (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Course]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            org=org,
            user_id=user_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Course:
    """GET Get a 'next' course

    This method retrieves the next recommended course for a user based on the provided parameters.
    It expects the following parameters in the request query: - user_id: The ID of the user for whom
    the next course is being recommended. - course_id: The ID of the current course. - org: The
    organization associated with the course.

    Returns: - A serialized representation of the next course if found, with a status code of 200. -
    A status code of 400 if the course_id is not provided. - A status code of 200 with a None
    response if no next course is found.

    Error Conditions: - Returns a 400 status code if the course_id is missing from the request
    parameters.

    Side Effects: - None

    ``GET /api/catalog/recommendation/courses/`` (operation ``catalog_recommendation_courses_retrieve``)

    Args:
        course_id (str):
        org (str | Unset):
        user_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Course
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            org=org,
            user_id=user_id,
            client=client,
        )
    ).unwrap()
