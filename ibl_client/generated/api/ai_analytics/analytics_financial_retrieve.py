import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_financial_retrieve_date_filter import (
    AnalyticsFinancialRetrieveDateFilter,
)
from ...models.analytics_financial_retrieve_fill_method import (
    AnalyticsFinancialRetrieveFillMethod,
)
from ...models.analytics_financial_retrieve_granularity import (
    AnalyticsFinancialRetrieveGranularity,
)
from ...models.analytics_financial_retrieve_metric import (
    AnalyticsFinancialRetrieveMetric,
)
from ...models.analytics_financial_retrieve_provider import (
    AnalyticsFinancialRetrieveProvider,
)
from ...models.base_finance_response import BaseFinanceResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_financial_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BaseFinanceResponse,
}


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["comparison_days"] = comparison_days

    json_date_filter: str | Unset = UNSET
    if not isinstance(date_filter, Unset):
        json_date_filter = date_filter

    params["date_filter"] = json_date_filter

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_fill_method: str | Unset = UNSET
    if not isinstance(fill_method, Unset):
        json_fill_method = fill_method

    params["fill_method"] = json_fill_method

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity

    params["granularity"] = json_granularity

    params["llm_model"] = llm_model

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    json_metric: str = metric
    params["metric"] = json_metric

    params["platform_key"] = platform_key

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider

    params["provider"] = json_provider

    params["show_overtime"] = show_overtime

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/financial/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> BaseFinanceResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BaseFinanceResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
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
) -> Response[BaseFinanceResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BaseFinanceResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
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
) -> Response[BaseFinanceResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BaseFinanceResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
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
            client=client,
        )
    ).unwrap()
