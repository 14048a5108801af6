import datetime
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.time_spent_per_user_response import TimeSpentPerUserResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_time_spent_user_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TimeSpentPerUserResponse,
}


def _get_kwargs(
    *,
    course_id: str | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_main_platform: bool | Unset = True,
    mentor_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_uuid: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    url_: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["include_main_platform"] = include_main_platform

    params["mentor_uuid"] = mentor_uuid

    params["platform_key"] = platform_key

    params["session_uuid"] = session_uuid

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["url"] = url_

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/time-spent/user/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TimeSpentPerUserResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TimeSpentPerUserResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_main_platform: bool | Unset = True,
    mentor_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_uuid: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    url_: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[TimeSpentPerUserResponse]:
    """Get total time spent for current user

    Returns the total time spent (in seconds) for the current authenticated user.
    Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

    ``GET /api/analytics/time-spent/user/`` (operation ``analytics_time_spent_user_retrieve``)

    Args:
        course_id (str | Unset):
        end_date (datetime.date | Unset):
        include_main_platform (bool | Unset):  Default: True.
        mentor_uuid (str | Unset):
        platform_key (str | Unset):
        session_uuid (str | Unset):
        start_date (datetime.date | Unset):
        url_ (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TimeSpentPerUserResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            mentor_uuid=mentor_uuid,
            platform_key=platform_key,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            username=username,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    course_id: str | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_main_platform: bool | Unset = True,
    mentor_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_uuid: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    url_: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> TimeSpentPerUserResponse:
    """Get total time spent for current user

    Returns the total time spent (in seconds) for the current authenticated user.
    Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

    ``GET /api/analytics/time-spent/user/`` (operation ``analytics_time_spent_user_retrieve``)

    Args:
        course_id (str | Unset):
        end_date (datetime.date | Unset):
        include_main_platform (bool | Unset):  Default: True.
        mentor_uuid (str | Unset):
        platform_key (str | Unset):
        session_uuid (str | Unset):
        start_date (datetime.date | Unset):
        url_ (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TimeSpentPerUserResponse
    """

    return sync_detailed(
        course_id=course_id,
        end_date=end_date,
        include_main_platform=include_main_platform,
        mentor_uuid=mentor_uuid,
        platform_key=platform_key,
        session_uuid=session_uuid,
        start_date=start_date,
        url_=url_,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_main_platform: bool | Unset = True,
    mentor_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_uuid: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    url_: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> Response[TimeSpentPerUserResponse]:
    """Get total time spent for current user

    Returns the total time spent (in seconds) for the current authenticated user.
    Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

    ``GET /api/analytics/time-spent/user/`` (operation ``analytics_time_spent_user_retrieve``)

    Args:
        course_id (str | Unset):
        end_date (datetime.date | Unset):
        include_main_platform (bool | Unset):  Default: True.
        mentor_uuid (str | Unset):
        platform_key (str | Unset):
        session_uuid (str | Unset):
        start_date (datetime.date | Unset):
        url_ (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TimeSpentPerUserResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            mentor_uuid=mentor_uuid,
            platform_key=platform_key,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            username=username,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    course_id: str | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_main_platform: bool | Unset = True,
    mentor_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_uuid: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    url_: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> TimeSpentPerUserResponse:
    """Get total time spent for current user

    Returns the total time spent (in seconds) for the current authenticated user.
    Can be filtered by platform, date range, course ID, URL, mentor UUID, and session UUID.

    ``GET /api/analytics/time-spent/user/`` (operation ``analytics_time_spent_user_retrieve``)

    Args:
        course_id (str | Unset):
        end_date (datetime.date | Unset):
        include_main_platform (bool | Unset):  Default: True.
        mentor_uuid (str | Unset):
        platform_key (str | Unset):
        session_uuid (str | Unset):
        start_date (datetime.date | Unset):
        url_ (str | Unset):
        username (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TimeSpentPerUserResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            end_date=end_date,
            include_main_platform=include_main_platform,
            mentor_uuid=mentor_uuid,
            platform_key=platform_key,
            session_uuid=session_uuid,
            start_date=start_date,
            url_=url_,
            username=username,
            client=client,
        )
    ).unwrap()
