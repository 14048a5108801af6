import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_learners_retrieve_date_filter import (
    AnalyticsLearnersRetrieveDateFilter,
)
from ...models.analytics_learners_retrieve_granularity import (
    AnalyticsLearnersRetrieveGranularity,
)
from ...models.learner_analytics_response import LearnerAnalyticsResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_learners_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LearnerAnalyticsResponse,
}


def _get_kwargs(
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

    params["overtime"] = overtime

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

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/learners/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LearnerAnalyticsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LearnerAnalyticsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
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
) -> Response[LearnerAnalyticsResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerAnalyticsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
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
) -> Response[LearnerAnalyticsResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerAnalyticsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
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
            client=client,
        )
    ).unwrap()
