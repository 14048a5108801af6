from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_performance_orgs_grading_per_course_retrieve_format import (
    AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat,
)
from ...models.performance_grades_per_course import PerformanceGradesPerCourse
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_performance_orgs_grading_per_course_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "data_pagination"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PerformanceGradesPerCourse,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["length"] = length

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/performance/orgs/{org}/grading/per-course".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PerformanceGradesPerCourse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PerformanceGradesPerCourse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[PerformanceGradesPerCourse]:
    """List grade-related performance data for all courses.

    This endpoint provides a comprehensive view of grade performance across courses, including
    enrollment counts, pass rates, and average grades.

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Enrollment count
    - Number of students who passed
    - Average grade

    ``GET /api/ai-analytics/performance/orgs/{org}/grading/per-course`` (operation ``ai_analytics_performance_orgs_grading_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PerformanceGradesPerCourse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> PerformanceGradesPerCourse:
    """List grade-related performance data for all courses.

    This endpoint provides a comprehensive view of grade performance across courses, including
    enrollment counts, pass rates, and average grades.

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Enrollment count
    - Number of students who passed
    - Average grade

    ``GET /api/ai-analytics/performance/orgs/{org}/grading/per-course`` (operation ``ai_analytics_performance_orgs_grading_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PerformanceGradesPerCourse
    """

    return sync_detailed(
        org,
        department_id=department_id,
        format_=format_,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[PerformanceGradesPerCourse]:
    """List grade-related performance data for all courses.

    This endpoint provides a comprehensive view of grade performance across courses, including
    enrollment counts, pass rates, and average grades.

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Enrollment count
    - Number of students who passed
    - Average grade

    ``GET /api/ai-analytics/performance/orgs/{org}/grading/per-course`` (operation ``ai_analytics_performance_orgs_grading_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PerformanceGradesPerCourse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> PerformanceGradesPerCourse:
    """List grade-related performance data for all courses.

    This endpoint provides a comprehensive view of grade performance across courses, including
    enrollment counts, pass rates, and average grades.

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Enrollment count
    - Number of students who passed
    - Average grade

    ``GET /api/ai-analytics/performance/orgs/{org}/grading/per-course`` (operation ``ai_analytics_performance_orgs_grading_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PerformanceGradesPerCourse
    """

    return (
        await asyncio_detailed(
            org,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            client=client,
        )
    ).unwrap()
