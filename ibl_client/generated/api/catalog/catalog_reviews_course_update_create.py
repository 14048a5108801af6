from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.course_review_request import CourseReviewRequest
from ...models.course_review_response import CourseReviewResponse

OPERATION_ID = "catalog_reviews_course_update_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseReviewResponse,
    201: CourseReviewResponse,
}


def _get_kwargs(
    *,
    body: CourseReviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/catalog/reviews/course/update/",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseReviewResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseReviewResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CourseReviewResponse.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    *,
    client: Client,
    body: CourseReviewRequest,
) -> Response[CourseReviewResponse]:
    """Create or update a course review

    ``POST /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_create``)

    Args:
        body (CourseReviewRequest): Request serializer for CourseReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseReviewResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    body: CourseReviewRequest,
) -> CourseReviewResponse:
    """Create or update a course review

    ``POST /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_create``)

    Args:
        body (CourseReviewRequest): Request serializer for CourseReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseReviewResponse
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CourseReviewRequest,
) -> Response[CourseReviewResponse]:
    """Create or update a course review

    ``POST /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_create``)

    Args:
        body (CourseReviewRequest): Request serializer for CourseReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseReviewResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: CourseReviewRequest,
) -> CourseReviewResponse:
    """Create or update a course review

    ``POST /api/catalog/reviews/course/update/`` (operation ``catalog_reviews_course_update_create``)

    Args:
        body (CourseReviewRequest): Request serializer for CourseReviewUpdateView POST endpoint.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseReviewResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
