import datetime
from typing import Any
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.analytics_messages_retrieve_sentiment import (
    AnalyticsMessagesRetrieveSentiment,
)
from ...models.conversation_list_response import ConversationListResponse
from ...types import UNSET, Unset

OPERATION_ID = "analytics_messages_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ConversationListResponse,
}


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["limit"] = limit

    params["max_messages"] = max_messages

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["min_messages"] = min_messages

    params["page"] = page

    params["platform_key"] = platform_key

    params["search"] = search

    json_sentiment: str | Unset = UNSET
    if not isinstance(sentiment, Unset):
        json_sentiment = sentiment

    params["sentiment"] = json_sentiment

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["topic"] = topic

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/messages/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ConversationListResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ConversationListResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
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
) -> Response[ConversationListResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConversationListResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
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
) -> Response[ConversationListResponse]:
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
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ConversationListResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
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
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
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

    return (
        await asyncio_detailed(
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
            client=client,
        )
    ).unwrap()
