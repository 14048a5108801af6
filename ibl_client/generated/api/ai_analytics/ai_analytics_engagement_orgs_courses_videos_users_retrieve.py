from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_engagement_orgs_courses_videos_users_retrieve_format import (
    AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat,
)
from ...models.watched_videos_per_user import WatchedVideosPerUser
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_engagement_orgs_courses_videos_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: WatchedVideosPerUser,
}


def _get_kwargs(
    org: str,
    course_id: str,
    *,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
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
        "url": "/api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users".format(
            org=quote(str(org), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> WatchedVideosPerUser | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = WatchedVideosPerUser.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[WatchedVideosPerUser]:
    """List of users' videos completed records for a specific course

    Kwargs course_id

    e.g course-v1:Org+Course4+Run

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users`` (operation ``ai_analytics_engagement_orgs_courses_videos_users_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WatchedVideosPerUser]: status, headers, raw body and parsed model.
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
    format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> WatchedVideosPerUser:
    """List of users' videos completed records for a specific course

    Kwargs course_id

    e.g course-v1:Org+Course4+Run

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users`` (operation ``ai_analytics_engagement_orgs_courses_videos_users_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WatchedVideosPerUser
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
    format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[WatchedVideosPerUser]:
    """List of users' videos completed records for a specific course

    Kwargs course_id

    e.g course-v1:Org+Course4+Run

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users`` (operation ``ai_analytics_engagement_orgs_courses_videos_users_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WatchedVideosPerUser]: status, headers, raw body and parsed model.
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
    format_: AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> WatchedVideosPerUser:
    """List of users' videos completed records for a specific course

    Kwargs course_id

    e.g course-v1:Org+Course4+Run

    ``GET /api/ai-analytics/engagement/orgs/{org}/courses/{course_id}/videos/users`` (operation ``ai_analytics_engagement_orgs_courses_videos_users_retrieve``)

    Args:
        org (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WatchedVideosPerUser
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
