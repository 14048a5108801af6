from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.active_users_per_course import ActiveUsersPerCourse
from ...models.ai_analytics_audience_orgs_active_users_per_course_retrieve_format import (
    AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat,
)
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_audience_orgs_active_users_per_course_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ActiveUsersPerCourse,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
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
        "url": "/api/ai-analytics/audience/orgs/{org}/active-users/per-course".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ActiveUsersPerCourse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ActiveUsersPerCourse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[ActiveUsersPerCourse]:
    """Get active user counts on a per-course basis.

    This endpoint provides counts of active users for each course within the specified date range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)

    Returns:
    A list of courses with their active user counts.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/audience/orgs/{org}/active-users/per-course`` (operation ``ai_analytics_audience_orgs_active_users_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ActiveUsersPerCourse]: status, headers, raw body and parsed model.
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
    format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> ActiveUsersPerCourse:
    """Get active user counts on a per-course basis.

    This endpoint provides counts of active users for each course within the specified date range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)

    Returns:
    A list of courses with their active user counts.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/audience/orgs/{org}/active-users/per-course`` (operation ``ai_analytics_audience_orgs_active_users_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ActiveUsersPerCourse
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
    format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[ActiveUsersPerCourse]:
    """Get active user counts on a per-course basis.

    This endpoint provides counts of active users for each course within the specified date range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)

    Returns:
    A list of courses with their active user counts.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/audience/orgs/{org}/active-users/per-course`` (operation ``ai_analytics_audience_orgs_active_users_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ActiveUsersPerCourse]: status, headers, raw body and parsed model.
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
    format_: AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> ActiveUsersPerCourse:
    """Get active user counts on a per-course basis.

    This endpoint provides counts of active users for each course within the specified date range.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)

    Returns:
    A list of courses with their active user counts.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/ai-analytics/audience/orgs/{org}/active-users/per-course`` (operation ``ai_analytics_audience_orgs_active_users_per_course_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ActiveUsersPerCourse
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
