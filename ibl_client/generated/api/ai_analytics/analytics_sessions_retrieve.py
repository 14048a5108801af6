import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_sessions_retrieve_date_filter import (
    AnalyticsSessionsRetrieveDateFilter,
)
from ...models.analytics_sessions_retrieve_granularity import (
    AnalyticsSessionsRetrieveGranularity,
)
from ...models.analytics_sessions_retrieve_metric import (
    AnalyticsSessionsRetrieveMetric,
)
from ...models.sessions_chart import SessionsChart
from ...types import UNSET, Unset

OPERATION_ID = "analytics_sessions_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SessionsChart,
}


def _get_kwargs(
    *,
    date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
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

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

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
        "url": "/api/analytics/sessions/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> SessionsChart | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SessionsChart.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[SessionsChart]:
    """Mixin for RBAC validation for mentor analytics views.

    Mentor analytics endpoints require: 1. Aggregate analytics: First checks if user has
    "Ibl.Analytics/CanViewAnalytics/action"
    permission on the platform resource (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-
    specific access validation:
    - If mentor_unique_id is provided, validates access to that specific mentor
    - Checks mentor owner access (if user created the mentor) via is_owner parameter
    - Checks mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/
    - Uses action prefix "Ibl.Analytics/Mentors/" for mentor access validation 3. User/usergroup
    access for filtering:
    - Uses "Ibl.Analytics/Mentors/read" action to determine accessible users
    - Supports usergroup filtering via _get_accessible_user_ids()

    This mixin extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding mentor-
    specific validation.

    Special Case - Mentor Owner Unfiltered Access: If the requesting user owns the mentor
    (mentor.created_by == requesting_user.username) AND no usergroup_ids are specified, the
    _get_accessible_user_ids_for_mentor_analytics() method returns None to allow unfiltered access
    to all users in the platform.

    Note: Mentor analytics APIs work with platform_key (from query params).

    ``GET /api/analytics/sessions/`` (operation ``analytics_sessions_retrieve``)

    Args:
        date_filter (AnalyticsSessionsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsSessionsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsSessionsRetrieveMetric | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SessionsChart]: status, headers, raw body and parsed model.
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
    date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> SessionsChart:
    """Mixin for RBAC validation for mentor analytics views.

    Mentor analytics endpoints require: 1. Aggregate analytics: First checks if user has
    "Ibl.Analytics/CanViewAnalytics/action"
    permission on the platform resource (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-
    specific access validation:
    - If mentor_unique_id is provided, validates access to that specific mentor
    - Checks mentor owner access (if user created the mentor) via is_owner parameter
    - Checks mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/
    - Uses action prefix "Ibl.Analytics/Mentors/" for mentor access validation 3. User/usergroup
    access for filtering:
    - Uses "Ibl.Analytics/Mentors/read" action to determine accessible users
    - Supports usergroup filtering via _get_accessible_user_ids()

    This mixin extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding mentor-
    specific validation.

    Special Case - Mentor Owner Unfiltered Access: If the requesting user owns the mentor
    (mentor.created_by == requesting_user.username) AND no usergroup_ids are specified, the
    _get_accessible_user_ids_for_mentor_analytics() method returns None to allow unfiltered access
    to all users in the platform.

    Note: Mentor analytics APIs work with platform_key (from query params).

    ``GET /api/analytics/sessions/`` (operation ``analytics_sessions_retrieve``)

    Args:
        date_filter (AnalyticsSessionsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsSessionsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsSessionsRetrieveMetric | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SessionsChart
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
    date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[SessionsChart]:
    """Mixin for RBAC validation for mentor analytics views.

    Mentor analytics endpoints require: 1. Aggregate analytics: First checks if user has
    "Ibl.Analytics/CanViewAnalytics/action"
    permission on the platform resource (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-
    specific access validation:
    - If mentor_unique_id is provided, validates access to that specific mentor
    - Checks mentor owner access (if user created the mentor) via is_owner parameter
    - Checks mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/
    - Uses action prefix "Ibl.Analytics/Mentors/" for mentor access validation 3. User/usergroup
    access for filtering:
    - Uses "Ibl.Analytics/Mentors/read" action to determine accessible users
    - Supports usergroup filtering via _get_accessible_user_ids()

    This mixin extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding mentor-
    specific validation.

    Special Case - Mentor Owner Unfiltered Access: If the requesting user owns the mentor
    (mentor.created_by == requesting_user.username) AND no usergroup_ids are specified, the
    _get_accessible_user_ids_for_mentor_analytics() method returns None to allow unfiltered access
    to all users in the platform.

    Note: Mentor analytics APIs work with platform_key (from query params).

    ``GET /api/analytics/sessions/`` (operation ``analytics_sessions_retrieve``)

    Args:
        date_filter (AnalyticsSessionsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsSessionsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsSessionsRetrieveMetric | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SessionsChart]: status, headers, raw body and parsed model.
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
    date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> SessionsChart:
    """Mixin for RBAC validation for mentor analytics views.

    Mentor analytics endpoints require: 1. Aggregate analytics: First checks if user has
    "Ibl.Analytics/CanViewAnalytics/action"
    permission on the platform resource (/platforms/{pk}/) when retrieving aggregate data 2. Mentor-
    specific access validation:
    - If mentor_unique_id is provided, validates access to that specific mentor
    - Checks mentor owner access (if user created the mentor) via is_owner parameter
    - Checks mentor-specific RBAC access: /platforms/{pk}/mentors/{mentor_id}/
    - Uses action prefix "Ibl.Analytics/Mentors/" for mentor access validation 3. User/usergroup
    access for filtering:
    - Uses "Ibl.Analytics/Mentors/read" action to determine accessible users
    - Supports usergroup filtering via _get_accessible_user_ids()

    This mixin extends AnalyticsRbacMixin to reuse shared RBAC validation logic while adding mentor-
    specific validation.

    Special Case - Mentor Owner Unfiltered Access: If the requesting user owns the mentor
    (mentor.created_by == requesting_user.username) AND no usergroup_ids are specified, the
    _get_accessible_user_ids_for_mentor_analytics() method returns None to allow unfiltered access
    to all users in the platform.

    Note: Mentor analytics APIs work with platform_key (from query params).

    ``GET /api/analytics/sessions/`` (operation ``analytics_sessions_retrieve``)

    Args:
        date_filter (AnalyticsSessionsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsSessionsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metric (AnalyticsSessionsRetrieveMetric | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SessionsChart
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
