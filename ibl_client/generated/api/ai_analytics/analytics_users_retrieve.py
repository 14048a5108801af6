import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_users_retrieve_date_filter import (
    AnalyticsUsersRetrieveDateFilter,
)
from ...models.analytics_users_retrieve_granularity import (
    AnalyticsUsersRetrieveGranularity,
)
from ...models.analytics_users_retrieve_metric import (
    AnalyticsUsersRetrieveMetric,
)
from ...models.current_users_response import CurrentUsersResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_users_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CurrentUsersResponse,
}


def _get_kwargs(
    *,
    date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsUsersRetrieveMetric,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_filter: str | Unset = UNSET
    if not isinstance(date_filter, Unset):
        json_date_filter = date_filter

    params["date_filter"] = json_date_filter

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity

    params["granularity"] = json_granularity

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    json_metric: str = metric
    params["metric"] = json_metric

    params["platform_key"] = platform_key

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/users/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CurrentUsersResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CurrentUsersResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsUsersRetrieveMetric,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[CurrentUsersResponse]:
    """User Analytics API - Comprehensive user activity metrics and trends.
    Provides real-time and historical user analytics including:
    - Currently active users (last hour)
    - Active users over time periods (7d, 30d, 90d)
    - Registered user counts and growth
    - Time series charts with customizable granularity
    **Key Features:**
    - Real-time active user counting
    - Percentage change calculations vs previous periods
    - Flexible date filtering and granularity
    - Platform and mentor-specific filtering
    - Forward-filled time series data
    **Supported Metrics:**
    - `currently_active`: Users active in last hour
    - `active_users`: Unique users in specified period
    - `registered_users`: Total and new user counts

    ``GET /api/analytics/users/`` (operation ``analytics_users_retrieve``)

    Args:
        date_filter (AnalyticsUsersRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsUsersRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsUsersRetrieveMetric):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CurrentUsersResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsUsersRetrieveMetric,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> CurrentUsersResponse:
    """User Analytics API - Comprehensive user activity metrics and trends.
    Provides real-time and historical user analytics including:
    - Currently active users (last hour)
    - Active users over time periods (7d, 30d, 90d)
    - Registered user counts and growth
    - Time series charts with customizable granularity
    **Key Features:**
    - Real-time active user counting
    - Percentage change calculations vs previous periods
    - Flexible date filtering and granularity
    - Platform and mentor-specific filtering
    - Forward-filled time series data
    **Supported Metrics:**
    - `currently_active`: Users active in last hour
    - `active_users`: Unique users in specified period
    - `registered_users`: Total and new user counts

    ``GET /api/analytics/users/`` (operation ``analytics_users_retrieve``)

    Args:
        date_filter (AnalyticsUsersRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsUsersRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsUsersRetrieveMetric):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CurrentUsersResponse
    """

    return sync_detailed(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metric=metric,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsUsersRetrieveMetric,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[CurrentUsersResponse]:
    """User Analytics API - Comprehensive user activity metrics and trends.
    Provides real-time and historical user analytics including:
    - Currently active users (last hour)
    - Active users over time periods (7d, 30d, 90d)
    - Registered user counts and growth
    - Time series charts with customizable granularity
    **Key Features:**
    - Real-time active user counting
    - Percentage change calculations vs previous periods
    - Flexible date filtering and granularity
    - Platform and mentor-specific filtering
    - Forward-filled time series data
    **Supported Metrics:**
    - `currently_active`: Users active in last hour
    - `active_users`: Unique users in specified period
    - `registered_users`: Total and new user counts

    ``GET /api/analytics/users/`` (operation ``analytics_users_retrieve``)

    Args:
        date_filter (AnalyticsUsersRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsUsersRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsUsersRetrieveMetric):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CurrentUsersResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsUsersRetrieveMetric,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> CurrentUsersResponse:
    """User Analytics API - Comprehensive user activity metrics and trends.
    Provides real-time and historical user analytics including:
    - Currently active users (last hour)
    - Active users over time periods (7d, 30d, 90d)
    - Registered user counts and growth
    - Time series charts with customizable granularity
    **Key Features:**
    - Real-time active user counting
    - Percentage change calculations vs previous periods
    - Flexible date filtering and granularity
    - Platform and mentor-specific filtering
    - Forward-filled time series data
    **Supported Metrics:**
    - `currently_active`: Users active in last hour
    - `active_users`: Unique users in specified period
    - `registered_users`: Total and new user counts

    ``GET /api/analytics/users/`` (operation ``analytics_users_retrieve``)

    Args:
        date_filter (AnalyticsUsersRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsUsersRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsUsersRetrieveMetric):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CurrentUsersResponse
    """

    return (
        await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            client=client,
        )
    ).unwrap()
