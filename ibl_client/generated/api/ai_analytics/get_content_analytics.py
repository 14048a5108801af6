import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.content_response import ContentResponse
from ...models.get_content_analytics_date_filter import (
    GetContentAnalyticsDateFilter,
)
from ...models.get_content_analytics_granularity import (
    GetContentAnalyticsGranularity,
)
from ...models.get_content_analytics_metric import (
    GetContentAnalyticsMetric,
)
from ...types import UNSET, Unset

OPERATION_ID = "get_content_analytics"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ContentResponse,
}


def _get_kwargs(
    *,
    date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: GetContentAnalyticsGranularity | Unset = UNSET,
    include_overtime: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: GetContentAnalyticsMetric,
    page: int | Unset = UNSET,
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

    params["include_overtime"] = include_overtime

    params["limit"] = limit

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    json_metric: str = metric
    params["metric"] = json_metric

    params["page"] = page

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
        "url": "/api/analytics/content/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ContentResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ContentResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: GetContentAnalyticsGranularity | Unset = UNSET,
    include_overtime: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: GetContentAnalyticsMetric,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[ContentResponse]:
    """Get Content Analytics

    Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).
    Returns both summary statistics and paginated list of content items with individual analytics.
    When a platform_key is provided, results are filtered to show only content consumed by
    learners associated with that platform.
    **RBAC Requirements:**
    - Requires: Analytics Viewer role (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)
    **Metrics supported:**
    - `course` or `courses`: Course analytics with time spent
    - `program` or `programs`: Program analytics
    - `pathway` or `pathways`: Pathway analytics
    - `skill` or `skills`: Skill analytics
    **Platform Filtering:**
    - Without platform_key: Shows global analytics across all platforms
    - With platform_key: Shows analytics filtered by platform learners only
    **Time Spent Analytics:**
    - Platform-level: Total time spent across all content and average per learner
    - Course-level: Total time spent per course and average per enrolled learner
    - Time values are provided in seconds for precision
    - Overtime: Time series data showing platform time spent over last 7 days (courses only, and
    include_overtime=true)
    **External Content:**
    - Content not owned by the requesting platform but used by its learners is marked as "external"
    - External content has limited metadata exposure for privacy

    ``GET /api/analytics/content/`` (operation ``get_content_analytics``)

    Args:
        date_filter (GetContentAnalyticsDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (GetContentAnalyticsGranularity | Unset):
        include_overtime (bool | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        metric (GetContentAnalyticsMetric):
        page (int | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ContentResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            include_overtime=include_overtime,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: GetContentAnalyticsGranularity | Unset = UNSET,
    include_overtime: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: GetContentAnalyticsMetric,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> ContentResponse:
    """Get Content Analytics

    Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).
    Returns both summary statistics and paginated list of content items with individual analytics.
    When a platform_key is provided, results are filtered to show only content consumed by
    learners associated with that platform.
    **RBAC Requirements:**
    - Requires: Analytics Viewer role (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)
    **Metrics supported:**
    - `course` or `courses`: Course analytics with time spent
    - `program` or `programs`: Program analytics
    - `pathway` or `pathways`: Pathway analytics
    - `skill` or `skills`: Skill analytics
    **Platform Filtering:**
    - Without platform_key: Shows global analytics across all platforms
    - With platform_key: Shows analytics filtered by platform learners only
    **Time Spent Analytics:**
    - Platform-level: Total time spent across all content and average per learner
    - Course-level: Total time spent per course and average per enrolled learner
    - Time values are provided in seconds for precision
    - Overtime: Time series data showing platform time spent over last 7 days (courses only, and
    include_overtime=true)
    **External Content:**
    - Content not owned by the requesting platform but used by its learners is marked as "external"
    - External content has limited metadata exposure for privacy

    ``GET /api/analytics/content/`` (operation ``get_content_analytics``)

    Args:
        date_filter (GetContentAnalyticsDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (GetContentAnalyticsGranularity | Unset):
        include_overtime (bool | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        metric (GetContentAnalyticsMetric):
        page (int | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ContentResponse
    """

    return sync_detailed(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        include_overtime=include_overtime,
        limit=limit,
        mentor_unique_id=mentor_unique_id,
        metric=metric,
        page=page,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: GetContentAnalyticsGranularity | Unset = UNSET,
    include_overtime: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: GetContentAnalyticsMetric,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[ContentResponse]:
    """Get Content Analytics

    Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).
    Returns both summary statistics and paginated list of content items with individual analytics.
    When a platform_key is provided, results are filtered to show only content consumed by
    learners associated with that platform.
    **RBAC Requirements:**
    - Requires: Analytics Viewer role (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)
    **Metrics supported:**
    - `course` or `courses`: Course analytics with time spent
    - `program` or `programs`: Program analytics
    - `pathway` or `pathways`: Pathway analytics
    - `skill` or `skills`: Skill analytics
    **Platform Filtering:**
    - Without platform_key: Shows global analytics across all platforms
    - With platform_key: Shows analytics filtered by platform learners only
    **Time Spent Analytics:**
    - Platform-level: Total time spent across all content and average per learner
    - Course-level: Total time spent per course and average per enrolled learner
    - Time values are provided in seconds for precision
    - Overtime: Time series data showing platform time spent over last 7 days (courses only, and
    include_overtime=true)
    **External Content:**
    - Content not owned by the requesting platform but used by its learners is marked as "external"
    - External content has limited metadata exposure for privacy

    ``GET /api/analytics/content/`` (operation ``get_content_analytics``)

    Args:
        date_filter (GetContentAnalyticsDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (GetContentAnalyticsGranularity | Unset):
        include_overtime (bool | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        metric (GetContentAnalyticsMetric):
        page (int | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ContentResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            include_overtime=include_overtime,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    date_filter: GetContentAnalyticsDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: GetContentAnalyticsGranularity | Unset = UNSET,
    include_overtime: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: GetContentAnalyticsMetric,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> ContentResponse:
    """Get Content Analytics

    Retrieve aggregated analytics for catalog content (courses, programs, pathways, skills).
    Returns both summary statistics and paginated list of content items with individual analytics.
    When a platform_key is provided, results are filtered to show only content consumed by
    learners associated with that platform.
    **RBAC Requirements:**
    - Requires: Analytics Viewer role (Ibl.Analytics/Core/read) or Tenant Admin role (Ibl.*)
    **Metrics supported:**
    - `course` or `courses`: Course analytics with time spent
    - `program` or `programs`: Program analytics
    - `pathway` or `pathways`: Pathway analytics
    - `skill` or `skills`: Skill analytics
    **Platform Filtering:**
    - Without platform_key: Shows global analytics across all platforms
    - With platform_key: Shows analytics filtered by platform learners only
    **Time Spent Analytics:**
    - Platform-level: Total time spent across all content and average per learner
    - Course-level: Total time spent per course and average per enrolled learner
    - Time values are provided in seconds for precision
    - Overtime: Time series data showing platform time spent over last 7 days (courses only, and
    include_overtime=true)
    **External Content:**
    - Content not owned by the requesting platform but used by its learners is marked as "external"
    - External content has limited metadata exposure for privacy

    ``GET /api/analytics/content/`` (operation ``get_content_analytics``)

    Args:
        date_filter (GetContentAnalyticsDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (GetContentAnalyticsGranularity | Unset):
        include_overtime (bool | Unset):
        limit (int | Unset):
        mentor_unique_id (UUID | Unset):
        metric (GetContentAnalyticsMetric):
        page (int | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ContentResponse
    """

    return (
        await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            include_overtime=include_overtime,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            client=client,
        )
    ).unwrap()
