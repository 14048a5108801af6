from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.audience_orgs_registered_users_per_course_retrieve_active import (
    AudienceOrgsRegisteredUsersPerCourseRetrieveActive,
)
from ...models.audience_orgs_registered_users_per_course_retrieve_format import (
    AudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
)
from ...models.enrollments import Enrollments
from ...types import UNSET, Unset

OPERATION_ID = "audience_orgs_registered_users_per_course_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "data_pagination"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Enrollments,
}


def _get_kwargs(
    org: str,
    *,
    active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
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

    params["length"] = length

    params["page"] = page

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/audience/orgs/{org}/registered-users/per-course".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Enrollments | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Enrollments.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[Enrollments]:
    """List enrollment statistics on a per-course basis.

    This endpoint provides enrollment counts for all courses, with options to filter for active or
    inactive enrollments and to include time-based data.

    Query Parameters:
    active (bool): Filter for active enrollments when true, inactive when false
    start_date (str, optional): Start date for time-based filtering (ISO format)
    end_date (str, optional): End date for time-based filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with their enrollment counts and percentages.

    ``GET /api/audience/orgs/{org}/registered-users/per-course`` (operation ``audience_orgs_registered_users_per_course_retrieve``)

    Args:
        org (str):
        active (AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Enrollments]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    *,
    client: Client,
    active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Enrollments:
    """List enrollment statistics on a per-course basis.

    This endpoint provides enrollment counts for all courses, with options to filter for active or
    inactive enrollments and to include time-based data.

    Query Parameters:
    active (bool): Filter for active enrollments when true, inactive when false
    start_date (str, optional): Start date for time-based filtering (ISO format)
    end_date (str, optional): End date for time-based filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with their enrollment counts and percentages.

    ``GET /api/audience/orgs/{org}/registered-users/per-course`` (operation ``audience_orgs_registered_users_per_course_retrieve``)

    Args:
        org (str):
        active (AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Enrollments
    """

    return sync_detailed(
        org,
        active=active,
        department_id=department_id,
        end_date=end_date,
        format_=format_,
        include_main_platform=include_main_platform,
        length=length,
        page=page,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[Enrollments]:
    """List enrollment statistics on a per-course basis.

    This endpoint provides enrollment counts for all courses, with options to filter for active or
    inactive enrollments and to include time-based data.

    Query Parameters:
    active (bool): Filter for active enrollments when true, inactive when false
    start_date (str, optional): Start date for time-based filtering (ISO format)
    end_date (str, optional): End date for time-based filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with their enrollment counts and percentages.

    ``GET /api/audience/orgs/{org}/registered-users/per-course`` (operation ``audience_orgs_registered_users_per_course_retrieve``)

    Args:
        org (str):
        active (AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Enrollments]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    active: AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Enrollments:
    """List enrollment statistics on a per-course basis.

    This endpoint provides enrollment counts for all courses, with options to filter for active or
    inactive enrollments and to include time-based data.

    Query Parameters:
    active (bool): Filter for active enrollments when true, inactive when false
    start_date (str, optional): Start date for time-based filtering (ISO format)
    end_date (str, optional): End date for time-based filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with their enrollment counts and percentages.

    ``GET /api/audience/orgs/{org}/registered-users/per-course`` (operation ``audience_orgs_registered_users_per_course_retrieve``)

    Args:
        org (str):
        active (AudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (AudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Enrollments
    """

    return (
        await asyncio_detailed(
            org,
            active=active,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            length=length,
            page=page,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
