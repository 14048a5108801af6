from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.audience_orgs_enrollments_courses_over_time_retrieve_active import (
    AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
)
from ...models.audience_orgs_enrollments_courses_over_time_retrieve_format import (
    AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
)
from ...models.overtime_with_change_info import OvertimeWithChangeInfo
from ...types import UNSET, Unset

OPERATION_ID = "audience_orgs_enrollments_courses_over_time_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: OvertimeWithChangeInfo,
}


def _get_kwargs(
    org: str,
    course_id: str,
    *,
    active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active

    params["active"] = json_active

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
        "url": "/api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time".format(
            org=quote(str(org), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> OvertimeWithChangeInfo | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = OvertimeWithChangeInfo.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    course_id: str,
    *,
    client: Client,
    active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OvertimeWithChangeInfo]:
    """Get enrollment or unenrollment counts over time.

    This endpoint provides daily counts of new enrollments or unenrollments over a specified time
    period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    active (bool): Get enrollments when true, unenrollments when false

    Returns:
    Daily counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time`` (operation ``audience_orgs_enrollments_courses_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        active (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OvertimeWithChangeInfo]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
            active=active,
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
    active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OvertimeWithChangeInfo:
    """Get enrollment or unenrollment counts over time.

    This endpoint provides daily counts of new enrollments or unenrollments over a specified time
    period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    active (bool): Get enrollments when true, unenrollments when false

    Returns:
    Daily counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time`` (operation ``audience_orgs_enrollments_courses_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        active (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OvertimeWithChangeInfo
    """

    return sync_detailed(
        org,
        course_id,
        active=active,
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
    active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[OvertimeWithChangeInfo]:
    """Get enrollment or unenrollment counts over time.

    This endpoint provides daily counts of new enrollments or unenrollments over a specified time
    period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    active (bool): Get enrollments when true, unenrollments when false

    Returns:
    Daily counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time`` (operation ``audience_orgs_enrollments_courses_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        active (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[OvertimeWithChangeInfo]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            course_id,
            active=active,
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
    active: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> OvertimeWithChangeInfo:
    """Get enrollment or unenrollment counts over time.

    This endpoint provides daily counts of new enrollments or unenrollments over a specified time
    period.

    Query Parameters:
    start_date (str, optional): Start date for the time range (ISO format)
    end_date (str, optional): End date for the time range (ISO format)
    course_id (str, optional): Filter by course ID
    active (bool): Get enrollments when true, unenrollments when false

    Returns:
    Daily counts over the specified time period, with change metrics
    compared to previous periods.

    Default time range is the last 7 days if no dates are specified.

    ``GET /api/audience/orgs/{org}/enrollments/courses/{course_id}/over-time`` (operation ``audience_orgs_enrollments_courses_over_time_retrieve``)

    Args:
        org (str):
        course_id (str):
        active (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        OvertimeWithChangeInfo
    """

    return (
        await asyncio_detailed(
            org,
            course_id,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
