import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_conversations_list import PaginatedConversationsList
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_chat_history_list"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedConversationsList,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["filter_user_id"] = filter_user_id

    json_mentor: str | Unset = UNSET
    if not isinstance(mentor, Unset):
        json_mentor = str(mentor)
    params["mentor"] = json_mentor

    params["page"] = page

    params["page_size"] = page_size

    params["sentiment"] = sentiment

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["topics"] = topics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedConversationsList | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedConversationsList.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> Response[PaginatedConversationsList]:
    """API viewset for retrieving and filtering chat message history.

    This viewset provides endpoints for retrieving chat message history within an organization, with
    extensive filtering options by date range, user, topic, mentor, and sentiment.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/`` (operation ``ai_analytics_orgs_users_chat_history_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        filter_user_id (str | Unset):
        mentor (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sentiment (str | Unset):
        start_date (datetime.date | Unset):
        topics (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedConversationsList]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> PaginatedConversationsList:
    """API viewset for retrieving and filtering chat message history.

    This viewset provides endpoints for retrieving chat message history within an organization, with
    extensive filtering options by date range, user, topic, mentor, and sentiment.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/`` (operation ``ai_analytics_orgs_users_chat_history_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        filter_user_id (str | Unset):
        mentor (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sentiment (str | Unset):
        start_date (datetime.date | Unset):
        topics (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedConversationsList
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        filter_user_id=filter_user_id,
        mentor=mentor,
        page=page,
        page_size=page_size,
        sentiment=sentiment,
        start_date=start_date,
        topics=topics,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> Response[PaginatedConversationsList]:
    """API viewset for retrieving and filtering chat message history.

    This viewset provides endpoints for retrieving chat message history within an organization, with
    extensive filtering options by date range, user, topic, mentor, and sentiment.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/`` (operation ``ai_analytics_orgs_users_chat_history_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        filter_user_id (str | Unset):
        mentor (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sentiment (str | Unset):
        start_date (datetime.date | Unset):
        topics (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedConversationsList]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> PaginatedConversationsList:
    """API viewset for retrieving and filtering chat message history.

    This viewset provides endpoints for retrieving chat message history within an organization, with
    extensive filtering options by date range, user, topic, mentor, and sentiment.

    Permissions:
    - Restricted to platform administrators only

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/`` (operation ``ai_analytics_orgs_users_chat_history_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        filter_user_id (str | Unset):
        mentor (UUID | Unset):
        page (int | Unset):
        page_size (int | Unset):
        sentiment (str | Unset):
        start_date (datetime.date | Unset):
        topics (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedConversationsList
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            filter_user_id=filter_user_id,
            mentor=mentor,
            page=page,
            page_size=page_size,
            sentiment=sentiment,
            start_date=start_date,
            topics=topics,
            client=client,
        )
    ).unwrap()
