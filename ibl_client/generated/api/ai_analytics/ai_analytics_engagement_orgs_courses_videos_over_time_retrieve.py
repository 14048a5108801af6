from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat,
)
from ...models.over_time_with_total import OverTimeWithTotal
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_engagement_orgs_courses_videos_over_time_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: OverTimeWithTotal,
}


def _get_kwargs(
    org: str,
    course_id: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
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
        "url": "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time".format(
            org=quote(str(org), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> OverTimeWithTotal | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = OverTimeWithTotal.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OverTimeWithTotal]:
    """Get video watch counts over time.

    This endpoint provides daily counts of videos watched over a specified time period, with options
    to filter by course or user.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    user_id (str, optional): Filter by username or email

    Returns:
    Daily video watch counts over the specified time period.

    Default time range is the last 7 days if no dates are specified.

    Access Control:
    - Platform admins can access any video watch data
    - Learners can access their own video watch data

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time`` (operation ``ai_analytics_engagement_orgs_courses_videos_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OverTimeWithTotal]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
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
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OverTimeWithTotal:
    """Get video watch counts over time.

    This endpoint provides daily counts of videos watched over a specified time period, with options
    to filter by course or user.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    user_id (str, optional): Filter by username or email

    Returns:
    Daily video watch counts over the specified time period.

    Default time range is the last 7 days if no dates are specified.

    Access Control:
    - Platform admins can access any video watch data
    - Learners can access their own video watch data

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time`` (operation ``ai_analytics_engagement_orgs_courses_videos_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OverTimeWithTotal
    """

    return sync_detailed(
        org,
        course_id,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        include_main_platform=include_main_platform,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OverTimeWithTotal]:
    """Get video watch counts over time.

    This endpoint provides daily counts of videos watched over a specified time period, with options
    to filter by course or user.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    user_id (str, optional): Filter by username or email

    Returns:
    Daily video watch counts over the specified time period.

    Default time range is the last 7 days if no dates are specified.

    Access Control:
    - Platform admins can access any video watch data
    - Learners can access their own video watch data

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time`` (operation ``ai_analytics_engagement_orgs_courses_videos_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OverTimeWithTotal]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
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
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OverTimeWithTotal:
    """Get video watch counts over time.

    This endpoint provides daily counts of videos watched over a specified time period, with options
    to filter by course or user.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    user_id (str, optional): Filter by username or email

    Returns:
    Daily video watch counts over the specified time period.

    Default time range is the last 7 days if no dates are specified.

    Access Control:
    - Platform admins can access any video watch data
    - Learners can access their own video watch data

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/over-time`` (operation ``ai_analytics_engagement_orgs_courses_videos_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OverTimeWithTotal
    """

    return (
        await asyncio_detailed(
            org,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
