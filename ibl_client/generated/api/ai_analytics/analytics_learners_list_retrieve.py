import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_learners_list_retrieve_date_filter import (
    AnalyticsLearnersListRetrieveDateFilter,
)
from ...models.analytics_learners_list_retrieve_granularity import (
    AnalyticsLearnersListRetrieveGranularity,
)
from ...models.analytics_learners_list_retrieve_sort_by import (
    AnalyticsLearnersListRetrieveSortBy,
)
from ...models.analytics_learners_list_retrieve_sort_order import (
    AnalyticsLearnersListRetrieveSortOrder,
)
from ...models.learner_list_response import LearnerListResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_learners_list_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LearnerListResponse,
}


def _get_kwargs(
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

    params["limit"] = limit

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["page"] = page

    params["platform_key"] = platform_key

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

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
        "url": "/api/analytics/learners/list/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LearnerListResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LearnerListResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
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
) -> Response[LearnerListResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerListResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
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
) -> Response[LearnerListResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerListResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
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
            client=client,
        )
    ).unwrap()
