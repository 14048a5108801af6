import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_ratings_retrieve_date_filter import (
    AnalyticsRatingsRetrieveDateFilter,
)
from ...models.analytics_ratings_retrieve_granularity import (
    AnalyticsRatingsRetrieveGranularity,
)
from ...models.ratings_overtime import RatingsOvertime
from ...types import UNSET, Unset

OPERATION_ID = "analytics_ratings_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: RatingsOvertime,
}


def _get_kwargs(
    *,
    date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: str | Unset = UNSET,
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

    params["metric"] = metric

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
        "url": "/api/analytics/ratings/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> RatingsOvertime | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = RatingsOvertime.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[RatingsOvertime]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RatingsOvertime]: status, headers, raw body and parsed model.
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
    date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
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
    date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> Response[RatingsOvertime]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[RatingsOvertime]: status, headers, raw body and parsed model.
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
    date_filter: AnalyticsRatingsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsRatingsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
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
