import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_topics_retrieve_date_filter import (
    AnalyticsTopicsRetrieveDateFilter,
)
from ...models.analytics_topics_retrieve_granularity import (
    AnalyticsTopicsRetrieveGranularity,
)
from ...models.analytics_topics_retrieve_metric import (
    AnalyticsTopicsRetrieveMetric,
)
from ...models.topics_overview import TopicsOverview
from ...types import UNSET, Unset

OPERATION_ID = "analytics_topics_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TopicsOverview,
}


def _get_kwargs(
    *,
    date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
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
        "url": "/api/analytics/topics/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TopicsOverview | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TopicsOverview.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[TopicsOverview]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TopicsOverview]: status, headers, raw body and parsed model.
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
    date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
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
    date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[TopicsOverview]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TopicsOverview]: status, headers, raw body and parsed model.
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
    date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
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
