import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_learner_details_retrieve_date_filter import (
    AnalyticsLearnerDetailsRetrieveDateFilter,
)
from ...models.analytics_learner_details_retrieve_granularity import (
    AnalyticsLearnerDetailsRetrieveGranularity,
)
from ...models.learner_details_response import LearnerDetailsResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_learner_details_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: LearnerDetailsResponse,
}


def _get_kwargs(
    *,
    date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metrics: str | Unset = UNSET,
    overtime: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str,
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

    params["metrics"] = metrics

    params["overtime"] = overtime

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
        "url": "/api/analytics/learner/details",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> LearnerDetailsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = LearnerDetailsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metrics: str | Unset = UNSET,
    overtime: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str,
) -> Response[LearnerDetailsResponse]:
    """Retrieve a holistic snapshot of a learner across catalog enrollments, mentor
    engagement, skills, credentials, and time spent data. The `metrics` query parameter controls
    which sections are returned and defaults to `courses` when omitted.

    ``GET /api/analytics/learner/details`` (operation ``analytics_learner_details_retrieve``)

    Args:
        date_filter (AnalyticsLearnerDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsLearnerDetailsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metrics (str | Unset):
        overtime (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerDetailsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            overtime=overtime,
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
    date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metrics: str | Unset = UNSET,
    overtime: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str,
) -> LearnerDetailsResponse:
    """Retrieve a holistic snapshot of a learner across catalog enrollments, mentor
    engagement, skills, credentials, and time spent data. The `metrics` query parameter controls
    which sections are returned and defaults to `courses` when omitted.

    ``GET /api/analytics/learner/details`` (operation ``analytics_learner_details_retrieve``)

    Args:
        date_filter (AnalyticsLearnerDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsLearnerDetailsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metrics (str | Unset):
        overtime (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LearnerDetailsResponse
    """

    return sync_detailed(
        date_filter=date_filter,
        end_date=end_date,
        granularity=granularity,
        mentor_unique_id=mentor_unique_id,
        metrics=metrics,
        overtime=overtime,
        platform_key=platform_key,
        start_date=start_date,
        usergroup_ids=usergroup_ids,
        username=username,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metrics: str | Unset = UNSET,
    overtime: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str,
) -> Response[LearnerDetailsResponse]:
    """Retrieve a holistic snapshot of a learner across catalog enrollments, mentor
    engagement, skills, credentials, and time spent data. The `metrics` query parameter controls
    which sections are returned and defaults to `courses` when omitted.

    ``GET /api/analytics/learner/details`` (operation ``analytics_learner_details_retrieve``)

    Args:
        date_filter (AnalyticsLearnerDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsLearnerDetailsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metrics (str | Unset):
        overtime (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[LearnerDetailsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            overtime=overtime,
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
    date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metrics: str | Unset = UNSET,
    overtime: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
    username: str,
) -> LearnerDetailsResponse:
    """Retrieve a holistic snapshot of a learner across catalog enrollments, mentor
    engagement, skills, credentials, and time spent data. The `metrics` query parameter controls
    which sections are returned and defaults to `courses` when omitted.

    ``GET /api/analytics/learner/details`` (operation ``analytics_learner_details_retrieve``)

    Args:
        date_filter (AnalyticsLearnerDetailsRetrieveDateFilter | Unset):
        end_date (datetime.date | Unset):
        granularity (AnalyticsLearnerDetailsRetrieveGranularity | Unset):
        mentor_unique_id (UUID | Unset):
        metrics (str | Unset):
        overtime (bool | Unset):
        platform_key (str | Unset):
        start_date (datetime.date | Unset):
        usergroup_ids (list[int] | Unset):
        username (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        LearnerDetailsResponse
    """

    return (
        await asyncio_detailed(
            date_filter=date_filter,
            end_date=end_date,
            granularity=granularity,
            mentor_unique_id=mentor_unique_id,
            metrics=metrics,
            overtime=overtime,
            platform_key=platform_key,
            start_date=start_date,
            usergroup_ids=usergroup_ids,
            username=username,
            client=client,
        )
    ).unwrap()
