"""Operations tagged ``analytics`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAnalyticsApi` / `AnalyticsApi`, reached as
``client.analytics``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast
    from uuid import UUID

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.access_times_heatmap import AccessTimesHeatmap
    from ...models.analytics_financial_details_retrieve_date_filter import (
        AnalyticsFinancialDetailsRetrieveDateFilter,
        check_analytics_financial_details_retrieve_date_filter,
    )
    from ...models.analytics_financial_details_retrieve_group_by import (
        AnalyticsFinancialDetailsRetrieveGroupBy,
        check_analytics_financial_details_retrieve_group_by,
    )
    from ...models.analytics_financial_retrieve_date_filter import (
        AnalyticsFinancialRetrieveDateFilter,
        check_analytics_financial_retrieve_date_filter,
    )
    from ...models.analytics_financial_retrieve_fill_method import (
        AnalyticsFinancialRetrieveFillMethod,
        check_analytics_financial_retrieve_fill_method,
    )
    from ...models.analytics_financial_retrieve_granularity import (
        AnalyticsFinancialRetrieveGranularity,
        check_analytics_financial_retrieve_granularity,
    )
    from ...models.analytics_financial_retrieve_metric import (
        AnalyticsFinancialRetrieveMetric,
        check_analytics_financial_retrieve_metric,
    )
    from ...models.analytics_financial_retrieve_provider import (
        AnalyticsFinancialRetrieveProvider,
        check_analytics_financial_retrieve_provider,
    )
    from ...models.analytics_learners_list_retrieve_date_filter import (
        AnalyticsLearnersListRetrieveDateFilter,
        check_analytics_learners_list_retrieve_date_filter,
    )
    from ...models.analytics_learners_list_retrieve_granularity import (
        AnalyticsLearnersListRetrieveGranularity,
        check_analytics_learners_list_retrieve_granularity,
    )
    from ...models.analytics_learners_list_retrieve_sort_by import (
        AnalyticsLearnersListRetrieveSortBy,
        check_analytics_learners_list_retrieve_sort_by,
    )
    from ...models.analytics_learners_list_retrieve_sort_order import (
        AnalyticsLearnersListRetrieveSortOrder,
        check_analytics_learners_list_retrieve_sort_order,
    )
    from ...models.analytics_learners_retrieve_date_filter import (
        AnalyticsLearnersRetrieveDateFilter,
        check_analytics_learners_retrieve_date_filter,
    )
    from ...models.analytics_learners_retrieve_granularity import (
        AnalyticsLearnersRetrieveGranularity,
        check_analytics_learners_retrieve_granularity,
    )
    from ...models.analytics_messages_retrieve_sentiment import (
        AnalyticsMessagesRetrieveSentiment,
        check_analytics_messages_retrieve_sentiment,
    )
    from ...models.analytics_ratings_retrieve_date_filter import (
        AnalyticsRatingsRetrieveDateFilter,
        check_analytics_ratings_retrieve_date_filter,
    )
    from ...models.analytics_ratings_retrieve_granularity import (
        AnalyticsRatingsRetrieveGranularity,
        check_analytics_ratings_retrieve_granularity,
    )
    from ...models.analytics_sessions_retrieve_date_filter import (
        AnalyticsSessionsRetrieveDateFilter,
        check_analytics_sessions_retrieve_date_filter,
    )
    from ...models.analytics_sessions_retrieve_granularity import (
        AnalyticsSessionsRetrieveGranularity,
        check_analytics_sessions_retrieve_granularity,
    )
    from ...models.analytics_sessions_retrieve_metric import (
        AnalyticsSessionsRetrieveMetric,
        check_analytics_sessions_retrieve_metric,
    )
    from ...models.analytics_time_retrieve_date_filter import (
        AnalyticsTimeRetrieveDateFilter,
        check_analytics_time_retrieve_date_filter,
    )
    from ...models.analytics_time_retrieve_granularity import (
        AnalyticsTimeRetrieveGranularity,
        check_analytics_time_retrieve_granularity,
    )
    from ...models.analytics_topics_details_retrieve_date_filter import (
        AnalyticsTopicsDetailsRetrieveDateFilter,
        check_analytics_topics_details_retrieve_date_filter,
    )
    from ...models.analytics_topics_retrieve_date_filter import (
        AnalyticsTopicsRetrieveDateFilter,
        check_analytics_topics_retrieve_date_filter,
    )
    from ...models.analytics_topics_retrieve_granularity import (
        AnalyticsTopicsRetrieveGranularity,
        check_analytics_topics_retrieve_granularity,
    )
    from ...models.analytics_topics_retrieve_metric import (
        AnalyticsTopicsRetrieveMetric,
        check_analytics_topics_retrieve_metric,
    )
    from ...models.analytics_users_details_retrieve_date_filter import (
        AnalyticsUsersDetailsRetrieveDateFilter,
        check_analytics_users_details_retrieve_date_filter,
    )
    from ...models.analytics_users_retrieve_date_filter import (
        AnalyticsUsersRetrieveDateFilter,
        check_analytics_users_retrieve_date_filter,
    )
    from ...models.analytics_users_retrieve_granularity import (
        AnalyticsUsersRetrieveGranularity,
        check_analytics_users_retrieve_granularity,
    )
    from ...models.analytics_users_retrieve_metric import (
        AnalyticsUsersRetrieveMetric,
        check_analytics_users_retrieve_metric,
    )
    from ...models.base_finance_response import BaseFinanceResponse
    from ...models.content_details_response import ContentDetailsResponse
    from ...models.content_response import ContentResponse
    from ...models.conversation_detail_response import ConversationDetailResponse
    from ...models.conversation_list_response import ConversationListResponse
    from ...models.current_users_response import CurrentUsersResponse
    from ...models.finance_details_response import FinanceDetailsResponse
    from ...models.get_content_analytics_date_filter import (
        GetContentAnalyticsDateFilter,
        check_get_content_analytics_date_filter,
    )
    from ...models.get_content_analytics_granularity import (
        GetContentAnalyticsGranularity,
        check_get_content_analytics_granularity,
    )
    from ...models.get_content_analytics_metric import (
        GetContentAnalyticsMetric,
        check_get_content_analytics_metric,
    )
    from ...models.get_content_details_date_filter import (
        GetContentDetailsDateFilter,
        check_get_content_details_date_filter,
    )
    from ...models.get_content_details_metric import (
        GetContentDetailsMetric,
        check_get_content_details_metric,
    )
    from ...models.invoice_report_response import InvoiceReportResponse
    from ...models.learner_analytics_response import LearnerAnalyticsResponse
    from ...models.learner_list_response import LearnerListResponse
    from ...models.ratings_overtime import RatingsOvertime
    from ...models.sessions_chart import SessionsChart
    from ...models.topic_details import TopicDetails
    from ...models.topics_overview import TopicsOverview
    from ...models.user_detail import UserDetail
    from ...types import UNSET, Unset


class AsyncAnalyticsApi:
    """The ``analytics`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_content_analytics(
        self,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from ..ai_analytics.get_content_analytics import asyncio

        return await asyncio(
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def get_content_analytics_detailed(
        self,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ContentResponse]:
        """Like `get_content_analytics`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.get_content_analytics import asyncio_detailed

        return await asyncio_detailed(
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def get_content_details(
        self,
        content_id: str,
        *,
        date_filter: GetContentDetailsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: GetContentDetailsMetric,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        time_metric: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ContentDetailsResponse:
        """Get Content Details

        Retrieve detailed analytics for a specific content item including summary statistics, learner-
        level data, and optional time series information.

        ``GET /api/analytics/content/details/{content_id}/`` (operation ``get_content_details``)

        Args:
            content_id (str):
            date_filter (GetContentDetailsDateFilter | Unset):
            end_date (datetime.date | Unset):
            limit (int | Unset):
            mentor_unique_id (UUID | Unset):
            metric (GetContentDetailsMetric):
            page (int | Unset):
            platform_key (str | Unset):
            search (str | Unset):
            start_date (datetime.date | Unset):
            time_metric (str | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ContentDetailsResponse
        """

        from ..ai_analytics.get_content_details import asyncio

        return await asyncio(
            content_id,
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            time_metric=time_metric,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def get_content_details_detailed(
        self,
        content_id: str,
        *,
        date_filter: GetContentDetailsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: GetContentDetailsMetric,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        time_metric: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ContentDetailsResponse]:
        """Like `get_content_details`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.get_content_details import asyncio_detailed

        return await asyncio_detailed(
            content_id,
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            time_metric=time_metric,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_financial_retrieve(
        self,
        *,
        comparison_days: int | Unset = UNSET,
        date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
        granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsFinancialRetrieveMetric,
        platform_key: str | Unset = UNSET,
        provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
        show_overtime: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BaseFinanceResponse:
        """Financial Analytics API - Get comprehensive cost metrics with comparison analysis.

        This endpoint provides period-based cost analysis (not cumulative) with support for: - Multiple
        time granularities and metrics - Cross-dimensional filtering - Percentage change vs comparison
        periods - Forward-filled time series

        **Examples:**

        **Basic Weekly Costs:** ``` GET /api/analytics/financial/?metric=weekly_costs&comparison_days=10
        ```

        **Platform & Mentor Filtered:** ``` # Get total costs for a specific platform and mentor GET
        /api/analytics/financial/?metric=total_costs&platform_key=web-
        app&mentor_unique_id=mentor-123&comparison_days=14 ```

        **Monthly Costs by Provider:** ``` GET /api/analytics/financial/?metric=monthly_costs&provider=o
        penai&granularity=month&comparison_days=30 ```

        **Daily Costs for Specific User:** ``` GET /api/analytics/financial/?metric=total_costs&username
        =user-456&granularity=day&start_date=2025-01-15&end_date=2025-01-21&comparison_days=7 ```
        **Response Structure:** ```json {
        "metric": "weekly_costs",
        "value": 12.47,
        "percentage_change": 8.5,
        "overtime": [
        {"date": "2025-01-06", "value": 2.89},
        {"date": "2025-01-13", "value": 3.12}
        ],
        "period_info": {
        "start_date": "2025-01-01",
        "end_date": "2025-01-31",
        "period_days": 31
        },
        "comparison_info": {
        "previous_period_value": 11.50,
        ...
        } } ```

        ``GET /api/analytics/financial/`` (operation ``analytics_financial_retrieve``)

        Args:
            comparison_days (int | Unset):
            date_filter (AnalyticsFinancialRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            fill_method (AnalyticsFinancialRetrieveFillMethod | Unset):
            granularity (AnalyticsFinancialRetrieveGranularity | Unset):
            llm_model (str | Unset):
            mentor_unique_id (UUID | Unset):
            metric (AnalyticsFinancialRetrieveMetric):
            platform_key (str | Unset):
            provider (AnalyticsFinancialRetrieveProvider | Unset):
            show_overtime (bool | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BaseFinanceResponse
        """

        from ..ai_analytics.analytics_financial_retrieve import asyncio

        return await asyncio(
            comparison_days=comparison_days,
            date_filter=date_filter,
            end_date=end_date,
            fill_method=fill_method,
            granularity=granularity,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            provider=provider,
            show_overtime=show_overtime,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_financial_retrieve_detailed(
        self,
        *,
        comparison_days: int | Unset = UNSET,
        date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
        granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsFinancialRetrieveMetric,
        platform_key: str | Unset = UNSET,
        provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
        show_overtime: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BaseFinanceResponse]:
        """Like `analytics_financial_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_financial_retrieve import asyncio_detailed

        return await asyncio_detailed(
            comparison_days=comparison_days,
            date_filter=date_filter,
            end_date=end_date,
            fill_method=fill_method,
            granularity=granularity,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            provider=provider,
            show_overtime=show_overtime,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_financial_details_retrieve(
        self,
        *,
        date_filter: AnalyticsFinancialDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        group_by: AnalyticsFinancialDetailsRetrieveGroupBy,
        limit: int | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FinanceDetailsResponse:
        """Financial Details Analytics API – paginated cost tables with flexible grouping.

        This endpoint returns tabular cost metrics aggregated by the dimension specified via the
        `group_by` query parameter.

        One or more KPI columns can be requested through the comma-separated `metrics` list while
        typical filters (date range, provider, platform_key, user, etc.) narrow the dataset.

        Results are paginated with `page` / `limit`.

        **Required query parameters** - group_by – provider | llm_model | username | mentor | platform -
        metrics – csv list of KPI names, e.g. total_cost, sessions

        **Shared optional filters** - start_date, end_date
        – ISO yyyy-mm-dd (ignored when all_time=true) - platform_key
        – tenant isolation - mentor_unique_id
        – filter to one mentor - username
        – filter to a learner - provider / llm_model
        – filter to LLM provider / model - all_time
        – true → lifetime totals - page (default 1), limit (default 50)

        **Examples** -------- 1. Cost by provider for the last week ```
        GET /api/v2/analytics/financial/details?
        group_by=provider&
        metrics=total_cost&
        start_date=2025-01-01&
        end_date=2025-01-07&
        page=1&limit=10 ```

        2. Lifetime cost per user with extra KPIs
        ```
        GET /api/v2/analytics/financial/details?
        group_by=username&
        metrics=total_cost,sessions&
        all_time=true&page=1&limit=50
        ``` 3. Cost by LLM model with tenant filter ```
        GET /api/v2/analytics/financial/details?
        group_by=llm_model&
        metrics=total_cost&
        platform_key=web-app&
        start_date=2025-01-01&end_date=2025-01-31 ``` Response structure ------------------- ``` {
        "page": 1,
        "limit": 10,
        "total_pages": 1,
        "total_records": 3,
        "rows": [
        {"provider": "openai", "total_cost": "2.50000"},
        {"provider": "anthropic", "total_cost": "1.00000"},
        {"provider": "azure",
        "total_cost": "0.50000"}
        ],
        "metrics": [
        {
        "name": "total_cost",
        "unit": "$",
        "description": "Cost for this entity in period"
        }
        ],
        "total_cost": "4.00000"
        // optional grand-total when available } ``

        ``GET /api/analytics/financial/details/`` (operation ``analytics_financial_details_retrieve``)

        Args:
            date_filter (AnalyticsFinancialDetailsRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            group_by (AnalyticsFinancialDetailsRetrieveGroupBy):
            limit (int | Unset):
            llm_model (str | Unset):
            mentor_unique_id (UUID | Unset):
            metrics (str | Unset):
            page (int | Unset):
            platform_key (str | Unset):
            provider (str | Unset):
            search (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FinanceDetailsResponse
        """

        from ..ai_analytics.analytics_financial_details_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            group_by=group_by,
            limit=limit,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            page=page,
            platform_key=platform_key,
            provider=provider,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_financial_details_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsFinancialDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        group_by: AnalyticsFinancialDetailsRetrieveGroupBy,
        limit: int | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FinanceDetailsResponse]:
        """Like `analytics_financial_details_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_financial_details_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            group_by=group_by,
            limit=limit,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            page=page,
            platform_key=platform_key,
            provider=provider,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_financial_invoice_retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        include_breakdown: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> InvoiceReportResponse:
        """Flexible Invoice Report API – Billing summary with username and platform filtering.

        This endpoint generates invoice reports with flexible filtering options: - Platform admins can
        view their platform's data and filter by username within their platform - Super admins can view
        any combination of username/platform or global summaries

        **Key Features:** - Flexible filtering by username and/or platform_key - Essential metrics:
        total cost, sessions, usage period - Provider breakdown (OpenAI, Anthropic, etc.) - Top
        mentors/actions by cost - Clean, invoice-ready format

        **Query Parameters:** - username: Filter by specific username (optional) - platform_key: Filter
        by platform (optional, but required for platform admins) - start_date, end_date: billing period
        (defaults to last 30 days) - include_breakdown: show provider/mentor details (default: true)

        **Permission Logic:** - Platform admins: Must include platform_key matching their permission
        scope - Super admins: Can use any combination of filters or none (global summary)

        **Examples:** ``` # Platform admin viewing their platform GET
        /api/analytics/financial/invoice?platform_key=web-app

        # Platform admin viewing specific user in their platform GET
        /api/analytics/financial/invoice?platform_key=web-app&username=john.doe

        # Super admin viewing specific user across all platforms GET
        /api/analytics/financial/invoice?username=john.doe

        # Super admin viewing global summary GET /api/analytics/financial/invoice ```

        **Response Structure:** ```json {
        "entity": {
        "type": "user|platform|global",
        "username": "john.doe",
        "platform_key": "web-app",
        "platform_name": "Web Application",
        "display_name": "John Doe on Web Application"
        },
        "billing_period": {
        "start_date": "2025-01-01",
        "end_date": "2025-01-31",
        "days": 31
        },
        "summary": {
        "total_cost": 245.750,
        "total_sessions": 1250,
        "active_users": 85,
        "cost_per_session": 0.196
        },
        "breakdown": {
        "by_provider": [...],
        "by_mentor": [...],
        "by_action": [...]
        } } ```

        ``GET /api/analytics/financial/invoice/`` (operation ``analytics_financial_invoice_retrieve``)

        Args:
            end_date (datetime.date | Unset):
            include_breakdown (bool | Unset):
            platform_key (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            InvoiceReportResponse
        """

        from ..ai_analytics.analytics_financial_invoice_retrieve import asyncio

        return await asyncio(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_financial_invoice_retrieve_detailed(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        include_breakdown: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[InvoiceReportResponse]:
        """Like `analytics_financial_invoice_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_financial_invoice_retrieve import asyncio_detailed

        return await asyncio_detailed(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_learners_retrieve(
        self,
        *,
        date_filter: AnalyticsLearnersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LearnerAnalyticsResponse:
        """Unified API endpoint for learner analytics.

        This endpoint provides either: 1. Cross-platform summary (when only username is provided) 2.
        Platform-specific detailed data (when username + platform_key are provided)

        Query params: - username (required): Username of the learner - platform_key (optional): Platform
        key for platform-specific data - page (optional): Page number (default: 1) - limit (optional):
        Records per page (default: 20, max: 100)

        Returns: - If platform_key provided: Detailed platform metrics - If no platform_key: Cross-
        platform summary with pagination

        ``GET /api/analytics/learners/`` (operation ``analytics_learners_retrieve``)

        Args:
            date_filter (AnalyticsLearnersRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            granularity (AnalyticsLearnersRetrieveGranularity | Unset):
            limit (int | Unset):
            mentor_unique_id (UUID | Unset):
            overtime (bool | Unset):
            page (int | Unset):
            platform_key (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):
            username (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LearnerAnalyticsResponse
        """

        from ..ai_analytics.analytics_learners_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            overtime=overtime,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_learners_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsLearnersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LearnerAnalyticsResponse]:
        """Like `analytics_learners_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_learners_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            overtime=overtime,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_learners_list_retrieve(
        self,
        *,
        date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str,
        search: str | Unset = UNSET,
        sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
        sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LearnerListResponse:
        """Retrieve a paginated list of learners for a specific platform with their comprehensive
        metrics from the UserPlatformSummary materialized view. This endpoint is accessible only
        to platform administrators and supports search, sorting, and pagination.

        ``GET /api/analytics/learners/list/`` (operation ``analytics_learners_list_retrieve``)

        Args:
            date_filter (AnalyticsLearnersListRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            granularity (AnalyticsLearnersListRetrieveGranularity | Unset):
            limit (int | Unset):
            mentor_unique_id (UUID | Unset):
            page (int | Unset):
            platform_key (str):
            search (str | Unset):
            sort_by (AnalyticsLearnersListRetrieveSortBy | Unset):
            sort_order (AnalyticsLearnersListRetrieveSortOrder | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LearnerListResponse
        """

        from ..ai_analytics.analytics_learners_list_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_learners_list_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str,
        search: str | Unset = UNSET,
        sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
        sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LearnerListResponse]:
        """Like `analytics_learners_list_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_learners_list_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_messages_retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_messages: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        min_messages: int | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topic: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConversationListResponse:
        """Conversation list endpoint for analytics.

        Query params (all optional unless specified by permissions): - platform_key: filter by platform
        - mentor_unique_id: filter by mentor - page: page number (default 1) - limit: page size (default
        20, max 100) - search: search in user name and first user message - min_messages, max_messages:
        message_count range - sentiment: positive|negative|neutral - topic: topic name contains -
        start_date, end_date: date filter on conversation date

        Returns: summary totals, results list (paginated), and pagination metadata.

        ``GET /api/analytics/messages/`` (operation ``analytics_messages_retrieve``)

        Args:
            end_date (datetime.date | Unset):
            limit (int | Unset):
            max_messages (int | Unset):
            mentor_unique_id (UUID | Unset):
            min_messages (int | Unset):
            page (int | Unset):
            platform_key (str | Unset):
            search (str | Unset):
            sentiment (AnalyticsMessagesRetrieveSentiment | Unset):
            start_date (datetime.date | Unset):
            topic (str | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ConversationListResponse
        """

        from ..ai_analytics.analytics_messages_retrieve import asyncio

        return await asyncio(
            end_date=end_date,
            limit=limit,
            max_messages=max_messages,
            mentor_unique_id=mentor_unique_id,
            min_messages=min_messages,
            page=page,
            platform_key=platform_key,
            search=search,
            sentiment=sentiment,
            start_date=start_date,
            topic=topic,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_messages_retrieve_detailed(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_messages: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        min_messages: int | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topic: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConversationListResponse]:
        """Like `analytics_messages_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_messages_retrieve import asyncio_detailed

        return await asyncio_detailed(
            end_date=end_date,
            limit=limit,
            max_messages=max_messages,
            mentor_unique_id=mentor_unique_id,
            min_messages=min_messages,
            page=page,
            platform_key=platform_key,
            search=search,
            sentiment=sentiment,
            start_date=start_date,
            topic=topic,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_messages_details_retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        session_id: str,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConversationDetailResponse:
        """Conversation detail endpoint for analytics.

        Query params: - session_id (required): UUID of the session to fetch - platform_key,
        mentor_unique_id (optional): further scope - start_date, end_date (optional): date filter on
        message timestamps

        Returns: summary metadata from conversation_list MV, and a list of human/ai message pairs in
        chronological order.

        ``GET /api/analytics/messages/details/`` (operation ``analytics_messages_details_retrieve``)

        Args:
            end_date (datetime.date | Unset):
            mentor_unique_id (UUID | Unset):
            platform_key (str | Unset):
            session_id (str):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ConversationDetailResponse
        """

        from ..ai_analytics.analytics_messages_details_retrieve import asyncio

        return await asyncio(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_messages_details_retrieve_detailed(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        session_id: str,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConversationDetailResponse]:
        """Like `analytics_messages_details_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_messages_details_retrieve import asyncio_detailed

        return await asyncio_detailed(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_ratings_retrieve(
        self,
        *,
        date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RatingsOvertime:
        """Ratings overtime endpoint.

        Query params: - metric: only 'ratings' is supported (default) - platform_key, mentor_unique_id:
        optional filters - granularity: 'day' (default) or 'hour' (hour only for today) - start_date,
        end_date: optional date range; defaults applied if not provided

        Returns: { metric: 'ratings', points: [{date, value}, ...] }

        ``GET /api/analytics/ratings/`` (operation ``analytics_ratings_retrieve``)

        Args:
            date_filter (AnalyticsRatingsRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            granularity (AnalyticsRatingsRetrieveGranularity | Unset):
            mentor_unique_id (UUID | Unset):
            metric (str | Unset):
            platform_key (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            RatingsOvertime
        """

        from ..ai_analytics.analytics_ratings_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_ratings_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RatingsOvertime]:
        """Like `analytics_ratings_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_ratings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_sessions_retrieve(
        self,
        *,
        date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from ..ai_analytics.analytics_sessions_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_sessions_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SessionsChart]:
        """Like `analytics_sessions_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_sessions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_time_retrieve(
        self,
        *,
        date_filter: AnalyticsTimeRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTimeRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccessTimesHeatmap:
        """Time Analytics API - User activity patterns by time of day and day of week.
        Provides heatmap data showing when users are most active, useful for:
        - Understanding peak usage times
        - Capacity planning and resource allocation
        - User behavior analysis
        - Support scheduling optimization
        **Key Features:**
        - Day of week patterns (0=Sunday through 6=Saturday)
        - Hour of day activity levels (0-23)
        - Flexible date range filtering
        - Platform and mentor-specific filtering
        - Message count aggregation
        **Data Structure:**
        - `day_of_week`: 0-6 (Sunday-Saturday)
        - `hour`: 0-23 (24-hour format)
        - `value`: Message count for that time slot

        ``GET /api/analytics/time/`` (operation ``analytics_time_retrieve``)

        Args:
            date_filter (AnalyticsTimeRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            granularity (AnalyticsTimeRetrieveGranularity | Unset):
            mentor_unique_id (UUID | Unset):
            platform_key (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AccessTimesHeatmap
        """

        from ..ai_analytics.analytics_time_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_time_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsTimeRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTimeRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AccessTimesHeatmap]:
        """Like `analytics_time_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_time_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_topics_retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TopicsOverview:
        """Returns topics overview analytics for a given platform and mentor.

        Permission Required: - Platform Admin - Ibl.Analytics/Mentors/read

        ``GET /api/analytics/topics/`` (operation ``analytics_topics_retrieve``)

        Args:
            date_filter (AnalyticsTopicsRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            granularity (AnalyticsTopicsRetrieveGranularity | Unset):
            mentor_unique_id (UUID | Unset):
            metric (AnalyticsTopicsRetrieveMetric | Unset):
            platform_key (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TopicsOverview
        """

        from ..ai_analytics.analytics_topics_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_topics_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TopicsOverview]:
        """Like `analytics_topics_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_topics_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_topics_details_retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TopicDetails:
        """Returns topic details Analytics for a given platform and mentor.

        Permission Required: - Platform Admin - Ibl.Analytics/Mentors/read

        ``GET /api/analytics/topics/details/`` (operation ``analytics_topics_details_retrieve``)

        Args:
            date_filter (AnalyticsTopicsDetailsRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            limit (int | Unset):
            mentor_unique_id (UUID | Unset):
            page (int | Unset):
            platform_key (str | Unset):
            search (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TopicDetails
        """

        from ..ai_analytics.analytics_topics_details_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_topics_details_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TopicDetails]:
        """Like `analytics_topics_details_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_topics_details_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_users_retrieve(
        self,
        *,
        date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsUsersRetrieveMetric,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from ..ai_analytics.analytics_users_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_users_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsUsersRetrieveMetric,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CurrentUsersResponse]:
        """Like `analytics_users_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_users_details_retrieve(
        self,
        *,
        date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserDetail:
        """User Details API - Comprehensive user activity details with search and filtering.
        Provides detailed user information including:
        - User contact information (email, full name)
        - Activity metrics (message count, last activity)
        - Search functionality across multiple fields
        - Flexible date range filtering
        - CSV export capability
        **Key Features:**
        - Full-text search across email, name, and user ID
        - Date range filtering for activity periods
        - Platform and mentor-specific filtering
        - Comprehensive pagination with metadata
        - CSV export for data analysis
        - User aggregation across platforms/mentors
        **Search Capabilities:**
        - Email address matching
        - Full name search
        - User ID lookup
        - Partial string matching (case-insensitive)
        **Export Options:**
        - JSON response (default)
        - CSV export (?export=csv)
        - Includes all user fields in export

        ``GET /api/analytics/users/details/`` (operation ``analytics_users_details_retrieve``)

        Args:
            date_filter (AnalyticsUsersDetailsRetrieveDateFilter | Unset):
            end_date (datetime.date | Unset):
            limit (int | Unset):
            mentor_unique_id (UUID | Unset):
            page (int | Unset):
            platform_key (str | Unset):
            search (str | Unset):
            start_date (datetime.date | Unset):
            usergroup_ids (list[int] | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            UserDetail
        """

        from ..ai_analytics.analytics_users_details_retrieve import asyncio

        return await asyncio(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def analytics_users_details_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserDetail]:
        """Like `analytics_users_details_retrieve`, returning the whole `Response` and raising no status error."""
        from ..ai_analytics.analytics_users_details_retrieve import asyncio_detailed

        return await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class AnalyticsApi:
    """The ``analytics`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_content_analytics(
        self,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ContentResponse:
        """See `AsyncAnalyticsApi.get_content_analytics`."""
        from ..ai_analytics.get_content_analytics import sync

        return sync(
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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def get_content_analytics_detailed(
        self,
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
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ContentResponse]:
        """See `AsyncAnalyticsApi.get_content_analytics_detailed`."""
        from ..ai_analytics.get_content_analytics import sync_detailed

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
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def get_content_details(
        self,
        content_id: str,
        *,
        date_filter: GetContentDetailsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: GetContentDetailsMetric,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        time_metric: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ContentDetailsResponse:
        """See `AsyncAnalyticsApi.get_content_details`."""
        from ..ai_analytics.get_content_details import sync

        return sync(
            content_id,
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            time_metric=time_metric,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def get_content_details_detailed(
        self,
        content_id: str,
        *,
        date_filter: GetContentDetailsDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: GetContentDetailsMetric,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        time_metric: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ContentDetailsResponse]:
        """See `AsyncAnalyticsApi.get_content_details_detailed`."""
        from ..ai_analytics.get_content_details import sync_detailed

        return sync_detailed(
            content_id,
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            time_metric=time_metric,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_financial_retrieve(
        self,
        *,
        comparison_days: int | Unset = UNSET,
        date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
        granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsFinancialRetrieveMetric,
        platform_key: str | Unset = UNSET,
        provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
        show_overtime: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BaseFinanceResponse:
        """See `AsyncAnalyticsApi.analytics_financial_retrieve`."""
        from ..ai_analytics.analytics_financial_retrieve import sync

        return sync(
            comparison_days=comparison_days,
            date_filter=date_filter,
            end_date=end_date,
            fill_method=fill_method,
            granularity=granularity,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            provider=provider,
            show_overtime=show_overtime,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_financial_retrieve_detailed(
        self,
        *,
        comparison_days: int | Unset = UNSET,
        date_filter: AnalyticsFinancialRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        fill_method: AnalyticsFinancialRetrieveFillMethod | Unset = UNSET,
        granularity: AnalyticsFinancialRetrieveGranularity | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsFinancialRetrieveMetric,
        platform_key: str | Unset = UNSET,
        provider: AnalyticsFinancialRetrieveProvider | Unset = UNSET,
        show_overtime: bool | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BaseFinanceResponse]:
        """See `AsyncAnalyticsApi.analytics_financial_retrieve_detailed`."""
        from ..ai_analytics.analytics_financial_retrieve import sync_detailed

        return sync_detailed(
            comparison_days=comparison_days,
            date_filter=date_filter,
            end_date=end_date,
            fill_method=fill_method,
            granularity=granularity,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            provider=provider,
            show_overtime=show_overtime,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_financial_details_retrieve(
        self,
        *,
        date_filter: AnalyticsFinancialDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        group_by: AnalyticsFinancialDetailsRetrieveGroupBy,
        limit: int | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FinanceDetailsResponse:
        """See `AsyncAnalyticsApi.analytics_financial_details_retrieve`."""
        from ..ai_analytics.analytics_financial_details_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            group_by=group_by,
            limit=limit,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            page=page,
            platform_key=platform_key,
            provider=provider,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_financial_details_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsFinancialDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        group_by: AnalyticsFinancialDetailsRetrieveGroupBy,
        limit: int | Unset = UNSET,
        llm_model: str | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metrics: str | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FinanceDetailsResponse]:
        """See `AsyncAnalyticsApi.analytics_financial_details_retrieve_detailed`."""
        from ..ai_analytics.analytics_financial_details_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            group_by=group_by,
            limit=limit,
            llm_model=llm_model,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            page=page,
            platform_key=platform_key,
            provider=provider,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_financial_invoice_retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        include_breakdown: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> InvoiceReportResponse:
        """See `AsyncAnalyticsApi.analytics_financial_invoice_retrieve`."""
        from ..ai_analytics.analytics_financial_invoice_retrieve import sync

        return sync(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_financial_invoice_retrieve_detailed(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        include_breakdown: bool | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[InvoiceReportResponse]:
        """See `AsyncAnalyticsApi.analytics_financial_invoice_retrieve_detailed`."""
        from ..ai_analytics.analytics_financial_invoice_retrieve import sync_detailed

        return sync_detailed(
            end_date=end_date,
            include_breakdown=include_breakdown,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_learners_retrieve(
        self,
        *,
        date_filter: AnalyticsLearnersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LearnerAnalyticsResponse:
        """See `AsyncAnalyticsApi.analytics_learners_retrieve`."""
        from ..ai_analytics.analytics_learners_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            overtime=overtime,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_learners_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsLearnersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        overtime: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        username: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LearnerAnalyticsResponse]:
        """See `AsyncAnalyticsApi.analytics_learners_retrieve_detailed`."""
        from ..ai_analytics.analytics_learners_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            overtime=overtime,
            page=page,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_learners_list_retrieve(
        self,
        *,
        date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str,
        search: str | Unset = UNSET,
        sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
        sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LearnerListResponse:
        """See `AsyncAnalyticsApi.analytics_learners_list_retrieve`."""
        from ..ai_analytics.analytics_learners_list_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_learners_list_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str,
        search: str | Unset = UNSET,
        sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
        sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LearnerListResponse]:
        """See `AsyncAnalyticsApi.analytics_learners_list_retrieve_detailed`."""
        from ..ai_analytics.analytics_learners_list_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_messages_retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_messages: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        min_messages: int | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topic: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConversationListResponse:
        """See `AsyncAnalyticsApi.analytics_messages_retrieve`."""
        from ..ai_analytics.analytics_messages_retrieve import sync

        return sync(
            end_date=end_date,
            limit=limit,
            max_messages=max_messages,
            mentor_unique_id=mentor_unique_id,
            min_messages=min_messages,
            page=page,
            platform_key=platform_key,
            search=search,
            sentiment=sentiment,
            start_date=start_date,
            topic=topic,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_messages_retrieve_detailed(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_messages: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        min_messages: int | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        topic: str | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConversationListResponse]:
        """See `AsyncAnalyticsApi.analytics_messages_retrieve_detailed`."""
        from ..ai_analytics.analytics_messages_retrieve import sync_detailed

        return sync_detailed(
            end_date=end_date,
            limit=limit,
            max_messages=max_messages,
            mentor_unique_id=mentor_unique_id,
            min_messages=min_messages,
            page=page,
            platform_key=platform_key,
            search=search,
            sentiment=sentiment,
            start_date=start_date,
            topic=topic,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_messages_details_retrieve(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        session_id: str,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConversationDetailResponse:
        """See `AsyncAnalyticsApi.analytics_messages_details_retrieve`."""
        from ..ai_analytics.analytics_messages_details_retrieve import sync

        return sync(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_messages_details_retrieve_detailed(
        self,
        *,
        end_date: datetime.date | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        session_id: str,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConversationDetailResponse]:
        """See `AsyncAnalyticsApi.analytics_messages_details_retrieve_detailed`."""
        from ..ai_analytics.analytics_messages_details_retrieve import sync_detailed

        return sync_detailed(
            end_date=end_date,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            session_id=session_id,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_ratings_retrieve(
        self,
        *,
        date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> RatingsOvertime:
        """See `AsyncAnalyticsApi.analytics_ratings_retrieve`."""
        from ..ai_analytics.analytics_ratings_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_ratings_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: str | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[RatingsOvertime]:
        """See `AsyncAnalyticsApi.analytics_ratings_retrieve_detailed`."""
        from ..ai_analytics.analytics_ratings_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_sessions_retrieve(
        self,
        *,
        date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> SessionsChart:
        """See `AsyncAnalyticsApi.analytics_sessions_retrieve`."""
        from ..ai_analytics.analytics_sessions_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_sessions_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[SessionsChart]:
        """See `AsyncAnalyticsApi.analytics_sessions_retrieve_detailed`."""
        from ..ai_analytics.analytics_sessions_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_time_retrieve(
        self,
        *,
        date_filter: AnalyticsTimeRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTimeRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AccessTimesHeatmap:
        """See `AsyncAnalyticsApi.analytics_time_retrieve`."""
        from ..ai_analytics.analytics_time_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_time_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsTimeRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTimeRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AccessTimesHeatmap]:
        """See `AsyncAnalyticsApi.analytics_time_retrieve_detailed`."""
        from ..ai_analytics.analytics_time_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_topics_retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TopicsOverview:
        """See `AsyncAnalyticsApi.analytics_topics_retrieve`."""
        from ..ai_analytics.analytics_topics_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_topics_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TopicsOverview]:
        """See `AsyncAnalyticsApi.analytics_topics_retrieve_detailed`."""
        from ..ai_analytics.analytics_topics_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_topics_details_retrieve(
        self,
        *,
        date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TopicDetails:
        """See `AsyncAnalyticsApi.analytics_topics_details_retrieve`."""
        from ..ai_analytics.analytics_topics_details_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_topics_details_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TopicDetails]:
        """See `AsyncAnalyticsApi.analytics_topics_details_retrieve_detailed`."""
        from ..ai_analytics.analytics_topics_details_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_users_retrieve(
        self,
        *,
        date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsUsersRetrieveMetric,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CurrentUsersResponse:
        """See `AsyncAnalyticsApi.analytics_users_retrieve`."""
        from ..ai_analytics.analytics_users_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_users_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsUsersRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        granularity: AnalyticsUsersRetrieveGranularity | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        metric: AnalyticsUsersRetrieveMetric,
        platform_key: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CurrentUsersResponse]:
        """See `AsyncAnalyticsApi.analytics_users_retrieve_detailed`."""
        from ..ai_analytics.analytics_users_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metric=metric,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_users_details_retrieve(
        self,
        *,
        date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> UserDetail:
        """See `AsyncAnalyticsApi.analytics_users_details_retrieve`."""
        from ..ai_analytics.analytics_users_details_retrieve import sync

        return sync(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def analytics_users_details_retrieve_detailed(
        self,
        *,
        date_filter: AnalyticsUsersDetailsRetrieveDateFilter | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        limit: int | Unset = UNSET,
        mentor_unique_id: UUID | Unset = UNSET,
        page: int | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        search: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        usergroup_ids: list[int] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[UserDetail]:
        """See `AsyncAnalyticsApi.analytics_users_details_retrieve_detailed`."""
        from ..ai_analytics.analytics_users_details_retrieve import sync_detailed

        return sync_detailed(
            date_filter=date_filter,
            end_date=end_date,
            limit=limit,
            mentor_unique_id=mentor_unique_id,
            page=page,
            platform_key=platform_key,
            search=search,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
