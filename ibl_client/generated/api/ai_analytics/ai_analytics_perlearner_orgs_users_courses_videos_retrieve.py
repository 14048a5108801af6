from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat,
)
from ...models.per_learner_course_videos_watched import PerLearnerCourseVideosWatched
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_perlearner_orgs_users_courses_videos_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PerLearnerCourseVideosWatched,
}


def _get_kwargs(
    org: str,
    user_id: str,
    course_id: str,
    *,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
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
        "url": "/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PerLearnerCourseVideosWatched | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PerLearnerCourseVideosWatched.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[PerLearnerCourseVideosWatched]:
    """List of videos within a course a learner has watched

    Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
    dev123 (username|email)

    Default result when no query param is added is [], 0

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos`` (operation ``ai_analytics_perlearner_orgs_users_courses_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PerLearnerCourseVideosWatched]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> PerLearnerCourseVideosWatched:
    """List of videos within a course a learner has watched

    Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
    dev123 (username|email)

    Default result when no query param is added is [], 0

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos`` (operation ``ai_analytics_perlearner_orgs_users_courses_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PerLearnerCourseVideosWatched
    """

    return sync_detailed(
        org,
        user_id,
        course_id,
        department_id=department_id,
        format_=format_,
        include_main_platform=include_main_platform,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[PerLearnerCourseVideosWatched]:
    """List of videos within a course a learner has watched

    Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
    dev123 (username|email)

    Default result when no query param is added is [], 0

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos`` (operation ``ai_analytics_perlearner_orgs_users_courses_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PerLearnerCourseVideosWatched]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> PerLearnerCourseVideosWatched:
    """List of videos within a course a learner has watched

    Kwargs 1. course_id e.g course-v1:Org+Course4+Run 2. user_id e.g developer@ibleducation.com or
    dev123 (username|email)

    Default result when no query param is added is [], 0

    ``GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos`` (operation ``ai_analytics_perlearner_orgs_users_courses_videos_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        format_ (AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PerLearnerCourseVideosWatched
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=client,
        )
    ).unwrap()
