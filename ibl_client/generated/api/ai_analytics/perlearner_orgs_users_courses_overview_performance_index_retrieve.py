from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.perlearner_orgs_users_courses_overview_performance_index_retrieve_format import (
    PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
)
from ...models.value import Value
from ...types import UNSET, Unset

OPERATION_ID = "perlearner_orgs_users_courses_overview_performance_index_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Value,
}


def _get_kwargs(
    org: str,
    user_id: str,
    course_id: str,
    *,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
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
        "url": "/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Value | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Value.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[Value]:
    """Evaluates performance index for platform, per course, per user and per user-per course

    Query Params course_id <optional> learner_id <optional>

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index`` (operation ``perlearner_orgs_users_courses_overview_performance_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Value]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
    user_id: str,
    course_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Value:
    """Evaluates performance index for platform, per course, per user and per user-per course

    Query Params course_id <optional> learner_id <optional>

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index`` (operation ``perlearner_orgs_users_courses_overview_performance_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Value
    """

    return sync_detailed(
        org,
        user_id,
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
    user_id: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[Value]:
    """Evaluates performance index for platform, per course, per user and per user-per course

    Query Params course_id <optional> learner_id <optional>

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index`` (operation ``perlearner_orgs_users_courses_overview_performance_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Value]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
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
    user_id: str,
    course_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Value:
    """Evaluates performance index for platform, per course, per user and per user-per course

    Query Params course_id <optional> learner_id <optional>

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/overview/performance-index`` (operation ``perlearner_orgs_users_courses_overview_performance_index_retrieve``)

    Args:
        org (str):
        user_id (str):
        course_id (str):
        department_id (int | Unset):
        end_date (str | Unset):
        format_ (PerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat | Unset):
        include_main_platform (bool | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Value
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            course_id,
            department_id=department_id,
            end_date=end_date,
            format_=format_,
            include_main_platform=include_main_platform,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
