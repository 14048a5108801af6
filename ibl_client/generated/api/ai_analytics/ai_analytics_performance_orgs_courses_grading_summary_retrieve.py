from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_performance_orgs_courses_grading_summary_retrieve_format import (
    AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat,
)
from ...models.course_grade_summary import CourseGradeSummary
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_performance_orgs_courses_grading_summary_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseGradeSummary,
}


def _get_kwargs(
    org: str,
    course_id: str,
    *,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary".format(
            org=quote(str(org), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseGradeSummary | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseGradeSummary.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[CourseGradeSummary]:
    """Returns average grades across various assignment types in a course

    Query Params course_id

    Returns:
    dict
    {
    "data": [
    {
    "assignment_type': <str>,
    "weight": <float>,
    "average_weighted_grade": <float>,
    "average_section_grade": <float>
    }, ...
    ]
    }

    ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary`` (operation ``ai_analytics_performance_orgs_courses_grading_summary_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseGradeSummary]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
        ),
        _parse_response,
    )


def sync(
    org: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> CourseGradeSummary:
    """Returns average grades across various assignment types in a course

    Query Params course_id

    Returns:
    dict
    {
    "data": [
    {
    "assignment_type': <str>,
    "weight": <float>,
    "average_weighted_grade": <float>,
    "average_section_grade": <float>
    }, ...
    ]
    }

    ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary`` (operation ``ai_analytics_performance_orgs_courses_grading_summary_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseGradeSummary
    """

    return sync_detailed(
        org,
        course_id,
        department_id=department_id,
        format_=format_,
        include_main_platform=include_main_platform,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[CourseGradeSummary]:
    """Returns average grades across various assignment types in a course

    Query Params course_id

    Returns:
    dict
    {
    "data": [
    {
    "assignment_type': <str>,
    "weight": <float>,
    "average_weighted_grade": <float>,
    "average_section_grade": <float>
    }, ...
    ]
    }

    ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary`` (operation ``ai_analytics_performance_orgs_courses_grading_summary_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseGradeSummary]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> CourseGradeSummary:
    """Returns average grades across various assignment types in a course

    Query Params course_id

    Returns:
    dict
    {
    "data": [
    {
    "assignment_type': <str>,
    "weight": <float>,
    "average_weighted_grade": <float>,
    "average_section_grade": <float>
    }, ...
    ]
    }

    ``GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/summary`` (operation ``ai_analytics_performance_orgs_courses_grading_summary_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseGradeSummary
    """

    return (
        await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=client,
        )
    ).unwrap()
