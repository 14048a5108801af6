from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.average import Average
from ...models.perlearner_orgs_users_overview_grades_average_retrieve_format import (
    PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
)
from ...types import UNSET, Unset

OPERATION_ID = "perlearner_orgs_users_overview_grades_average_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: Average,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    department_id: int | Unset = UNSET,
    format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
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
        "url": "/api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> Average | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = Average.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[Average]:
    """Get average grade value for platform, course, or user.

    This endpoint returns the average grade at different levels: - Platform level: Average grade
    across all courses - Course level: Average grade for a specific course - Learner level: Average
    grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
    course

    Query Parameters:
    course_id (str, optional): Filter by course ID
    learner_id (str, optional): Filter by username or email

    Returns:
    The average grade value based on the specified filters.

    Access Control:
    - Platform admins can access any grade data
    - Learners can access their own grade data

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average`` (operation ``perlearner_orgs_users_overview_grades_average_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Average]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    department_id: int | Unset = UNSET,
    format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Average:
    """Get average grade value for platform, course, or user.

    This endpoint returns the average grade at different levels: - Platform level: Average grade
    across all courses - Course level: Average grade for a specific course - Learner level: Average
    grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
    course

    Query Parameters:
    course_id (str, optional): Filter by course ID
    learner_id (str, optional): Filter by username or email

    Returns:
    The average grade value based on the specified filters.

    Access Control:
    - Platform admins can access any grade data
    - Learners can access their own grade data

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average`` (operation ``perlearner_orgs_users_overview_grades_average_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Average
    """

    return sync_detailed(
        org,
        user_id,
        department_id=department_id,
        format_=format_,
        include_main_platform=include_main_platform,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Response[Average]:
    """Get average grade value for platform, course, or user.

    This endpoint returns the average grade at different levels: - Platform level: Average grade
    across all courses - Course level: Average grade for a specific course - Learner level: Average
    grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
    course

    Query Parameters:
    course_id (str, optional): Filter by course ID
    learner_id (str, optional): Filter by username or email

    Returns:
    The average grade value based on the specified filters.

    Access Control:
    - Platform admins can access any grade data
    - Learners can access their own grade data

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average`` (operation ``perlearner_orgs_users_overview_grades_average_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[Average]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    department_id: int | Unset = UNSET,
    format_: PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> Average:
    """Get average grade value for platform, course, or user.

    This endpoint returns the average grade at different levels: - Platform level: Average grade
    across all courses - Course level: Average grade for a specific course - Learner level: Average
    grade for a specific learner - Course-learner level: Grade for a specific learner in a specific
    course

    Query Parameters:
    course_id (str, optional): Filter by course ID
    learner_id (str, optional): Filter by username or email

    Returns:
    The average grade value based on the specified filters.

    Access Control:
    - Platform admins can access any grade data
    - Learners can access their own grade data

    ``GET /api/perlearner/orgs/{org}/users/{user_id}/overview/grades/average`` (operation ``perlearner_orgs_users_overview_grades_average_retrieve``)

    Args:
        org (str):
        user_id (str):
        department_id (int | Unset):
        format_ (PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat | Unset):
        include_main_platform (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Average
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            department_id=department_id,
            format_=format_,
            include_main_platform=include_main_platform,
            client=client,
        )
    ).unwrap()
