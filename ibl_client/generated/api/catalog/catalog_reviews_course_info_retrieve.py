from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_review_info_response import CourseReviewInfoResponse
from ...types import UNSET

OPERATION_ID = "catalog_reviews_course_info_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseReviewInfoResponse,
}


def _get_kwargs(
    *,
    course_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/catalog/reviews/course/info/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseReviewInfoResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseReviewInfoResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str,
) -> Response[CourseReviewInfoResponse]:
    """Retrieve aggregate review information for a course.

    ``GET /api/catalog/reviews/course/info/`` (operation ``catalog_reviews_course_info_retrieve``)

    Args:
        course_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseReviewInfoResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str,
) -> CourseReviewInfoResponse:
    """Retrieve aggregate review information for a course.

    ``GET /api/catalog/reviews/course/info/`` (operation ``catalog_reviews_course_info_retrieve``)

    Args:
        course_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseReviewInfoResponse
    """

    return sync_detailed(
        course_id=course_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str,
) -> Response[CourseReviewInfoResponse]:
    """Retrieve aggregate review information for a course.

    ``GET /api/catalog/reviews/course/info/`` (operation ``catalog_reviews_course_info_retrieve``)

    Args:
        course_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseReviewInfoResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str,
) -> CourseReviewInfoResponse:
    """Retrieve aggregate review information for a course.

    ``GET /api/catalog/reviews/course/info/`` (operation ``catalog_reviews_course_info_retrieve``)

    Args:
        course_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseReviewInfoResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            client=client,
        )
    ).unwrap()
