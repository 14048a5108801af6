from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_overview_orgs_courses_completions_retrieve_format import (
    AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat,
)
from ...models.course_completion_summary_overtime import CourseCompletionSummaryOvertime
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_overview_orgs_courses_completions_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CourseCompletionSummaryOvertime,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    params["end_date"] = end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/overview/orgs/{org}/courses/completions".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CourseCompletionSummaryOvertime | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CourseCompletionSummaryOvertime.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[CourseCompletionSummaryOvertime]:
    """Get course completion summary metrics over time.

    This endpoint provides completion statistics across the platform over a specified time period,
    including daily completion counts and overall metrics.

    Query Parameters:
    start_date (str): Start date for the time range (ISO format)
    end_date (str): End date for the time range (ISO format)

    Returns:
    Completion data including:
    - Daily completion counts over time
    - Total unique user count
    - Total completion count
    - Completion percentage
    - Change metrics compared to previous periods

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/overview/orgs/{org}/courses/completions`` (operation ``ai_analytics_overview_orgs_courses_completions_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseCompletionSummaryOvertime]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> CourseCompletionSummaryOvertime:
    """Get course completion summary metrics over time.

    This endpoint provides completion statistics across the platform over a specified time period,
    including daily completion counts and overall metrics.

    Query Parameters:
    start_date (str): Start date for the time range (ISO format)
    end_date (str): End date for the time range (ISO format)

    Returns:
    Completion data including:
    - Daily completion counts over time
    - Total unique user count
    - Total completion count
    - Completion percentage
    - Change metrics compared to previous periods

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/overview/orgs/{org}/courses/completions`` (operation ``ai_analytics_overview_orgs_courses_completions_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseCompletionSummaryOvertime
    """

    return sync_detailed(
        org,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        include_main_platform=include_main_platform,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[CourseCompletionSummaryOvertime]:
    """Get course completion summary metrics over time.

    This endpoint provides completion statistics across the platform over a specified time period,
    including daily completion counts and overall metrics.

    Query Parameters:
    start_date (str): Start date for the time range (ISO format)
    end_date (str): End date for the time range (ISO format)

    Returns:
    Completion data including:
    - Daily completion counts over time
    - Total unique user count
    - Total completion count
    - Completion percentage
    - Change metrics compared to previous periods

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/overview/orgs/{org}/courses/completions`` (operation ``ai_analytics_overview_orgs_courses_completions_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CourseCompletionSummaryOvertime]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> CourseCompletionSummaryOvertime:
    """Get course completion summary metrics over time.

    This endpoint provides completion statistics across the platform over a specified time period,
    including daily completion counts and overall metrics.

    Query Parameters:
    start_date (str): Start date for the time range (ISO format)
    end_date (str): End date for the time range (ISO format)

    Returns:
    Completion data including:
    - Daily completion counts over time
    - Total unique user count
    - Total completion count
    - Completion percentage
    - Change metrics compared to previous periods

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/overview/orgs/{org}/courses/completions`` (operation ``ai_analytics_overview_orgs_courses_completions_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsOverviewOrgsCoursesCompletionsRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CourseCompletionSummaryOvertime
    """

    return (
        await asyncio_detailed(
            org,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
