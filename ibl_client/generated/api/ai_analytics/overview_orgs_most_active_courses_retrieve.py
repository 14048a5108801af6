from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.overview_orgs_most_active_courses_retrieve_format import (
    OverviewOrgsMostActiveCoursesRetrieveFormat,
)
from ...models.time_spent_per_course import TimeSpentPerCourse
from ...types import UNSET, Unset

OPERATION_ID = "overview_orgs_most_active_courses_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "data_pagination"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TimeSpentPerCourse,
}


def _get_kwargs(
    org: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
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

    params["length"] = length

    params["page"] = page

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/overview/orgs/{org}/most-active-courses".format(
            org=quote(str(org), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TimeSpentPerCourse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TimeSpentPerCourse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[TimeSpentPerCourse]:
    """Get time spent statistics on a per-course basis.

    This endpoint provides a paginated list of courses with the total time spent by users in each
    course.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Total time spent (in seconds)
    - Formatted time spent (human-readable)
    - Percentage of total platform time

    ``GET /api/overview/orgs/{org}/most-active-courses`` (operation ``overview_orgs_most_active_courses_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsMostActiveCoursesRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TimeSpentPerCourse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
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
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> TimeSpentPerCourse:
    """Get time spent statistics on a per-course basis.

    This endpoint provides a paginated list of courses with the total time spent by users in each
    course.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Total time spent (in seconds)
    - Formatted time spent (human-readable)
    - Percentage of total platform time

    ``GET /api/overview/orgs/{org}/most-active-courses`` (operation ``overview_orgs_most_active_courses_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsMostActiveCoursesRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TimeSpentPerCourse
    """

    return sync_detailed(
        org,
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
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[TimeSpentPerCourse]:
    """Get time spent statistics on a per-course basis.

    This endpoint provides a paginated list of courses with the total time spent by users in each
    course.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Total time spent (in seconds)
    - Formatted time spent (human-readable)
    - Percentage of total platform time

    ``GET /api/overview/orgs/{org}/most-active-courses`` (operation ``overview_orgs_most_active_courses_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsMostActiveCoursesRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TimeSpentPerCourse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
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
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: OverviewOrgsMostActiveCoursesRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> TimeSpentPerCourse:
    """Get time spent statistics on a per-course basis.

    This endpoint provides a paginated list of courses with the total time spent by users in each
    course.

    Query Parameters:
    start_date (str, optional): Start date for filtering (ISO format)
    end_date (str, optional): End date for filtering (ISO format)
    page (int, optional): Page number for pagination
    length (int, optional): Number of items per page

    Returns:
    A paginated list of courses with:
    - Course identification (ID and name)
    - Total time spent (in seconds)
    - Formatted time spent (human-readable)
    - Percentage of total platform time

    ``GET /api/overview/orgs/{org}/most-active-courses`` (operation ``overview_orgs_most_active_courses_retrieve``)

    Args:
        org (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (OverviewOrgsMostActiveCoursesRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        length (int | Unset):
        page (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TimeSpentPerCourse
    """

    return (
        await asyncio_detailed(
            org,
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
