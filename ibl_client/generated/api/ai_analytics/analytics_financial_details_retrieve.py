import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_financial_details_retrieve_date_filter import (
    AnalyticsFinancialDetailsRetrieveDateFilter,
)
from ...models.analytics_financial_details_retrieve_group_by import (
    AnalyticsFinancialDetailsRetrieveGroupBy,
)
from ...models.finance_details_response import FinanceDetailsResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_financial_details_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: FinanceDetailsResponse,
}


def _get_kwargs(
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

    json_group_by: str = group_by
    params["group_by"] = json_group_by

    params["limit"] = limit

    params["llm_model"] = llm_model

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["metrics"] = metrics

    params["page"] = page

    params["platform_key"] = platform_key

    params["provider"] = provider

    params["search"] = search

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
        "url": "/api/analytics/financial/details/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> FinanceDetailsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = FinanceDetailsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
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
) -> Response[FinanceDetailsResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[FinanceDetailsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
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
) -> Response[FinanceDetailsResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[FinanceDetailsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
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
            client=client,
        )
    ).unwrap()
