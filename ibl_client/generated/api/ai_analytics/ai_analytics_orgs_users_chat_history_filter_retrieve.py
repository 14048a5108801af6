import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.chat_history_filter_data import ChatHistoryFilterData
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_chat_history_filter_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ChatHistoryFilterData,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: datetime.date | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    monthly_range: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["monthly_range"] = monthly_range

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ChatHistoryFilterData | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ChatHistoryFilterData.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    monthly_range: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[ChatHistoryFilterData]:
    """Retrieve filter options for chat message history.

    This endpoint returns data on available filter options for the chat message history endpoint,
    including topics, date ranges (weekly or monthly), sentiments, and users who have chat history.

    Args:
    request: The HTTP request containing query parameters.
    org: Organization key identifier.

    Returns:
    Response: Available filter options for chat message history.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    monthly_range (bool): Whether to return monthly or weekly date ranges.
    mentor_id (str): Filter users by those who have chatted with a specific mentor.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/`` (operation ``ai_analytics_orgs_users_chat_history_filter_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        mentor_id (UUID | Unset):
        monthly_range (bool | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ChatHistoryFilterData]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    monthly_range: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> ChatHistoryFilterData:
    """Retrieve filter options for chat message history.

    This endpoint returns data on available filter options for the chat message history endpoint,
    including topics, date ranges (weekly or monthly), sentiments, and users who have chat history.

    Args:
    request: The HTTP request containing query parameters.
    org: Organization key identifier.

    Returns:
    Response: Available filter options for chat message history.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    monthly_range (bool): Whether to return monthly or weekly date ranges.
    mentor_id (str): Filter users by those who have chatted with a specific mentor.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/`` (operation ``ai_analytics_orgs_users_chat_history_filter_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        mentor_id (UUID | Unset):
        monthly_range (bool | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ChatHistoryFilterData
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        mentor_id=mentor_id,
        monthly_range=monthly_range,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    monthly_range: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[ChatHistoryFilterData]:
    """Retrieve filter options for chat message history.

    This endpoint returns data on available filter options for the chat message history endpoint,
    including topics, date ranges (weekly or monthly), sentiments, and users who have chat history.

    Args:
    request: The HTTP request containing query parameters.
    org: Organization key identifier.

    Returns:
    Response: Available filter options for chat message history.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    monthly_range (bool): Whether to return monthly or weekly date ranges.
    mentor_id (str): Filter users by those who have chatted with a specific mentor.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/`` (operation ``ai_analytics_orgs_users_chat_history_filter_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        mentor_id (UUID | Unset):
        monthly_range (bool | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ChatHistoryFilterData]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    monthly_range: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> ChatHistoryFilterData:
    """Retrieve filter options for chat message history.

    This endpoint returns data on available filter options for the chat message history endpoint,
    including topics, date ranges (weekly or monthly), sentiments, and users who have chat history.

    Args:
    request: The HTTP request containing query parameters.
    org: Organization key identifier.

    Returns:
    Response: Available filter options for chat message history.

    Raises:
    NotFound: If the specified organization does not exist.

    Query Parameters:
    monthly_range (bool): Whether to return monthly or weekly date ranges.
    mentor_id (str): Filter users by those who have chatted with a specific mentor.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/`` (operation ``ai_analytics_orgs_users_chat_history_filter_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        mentor_id (UUID | Unset):
        monthly_range (bool | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ChatHistoryFilterData
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            mentor_id=mentor_id,
            monthly_range=monthly_range,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
