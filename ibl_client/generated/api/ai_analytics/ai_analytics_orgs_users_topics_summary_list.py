import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.topic_summary_view import TopicSummaryView
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_topics_summary_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[TopicSummaryView],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[TopicSummaryView] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TopicSummaryView.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[list[TopicSummaryView]]:
    """Retrieve a summary of the most frequent topics.

    This endpoint returns a summary of the top 10 topics discussed in chat sessions, ordered by
    conversation count. Results can be filtered by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: A list of the top 10 topics with their conversation counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided date format is invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/`` (operation ``ai_analytics_orgs_users_topics_summary_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[TopicSummaryView]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
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
    start_date: datetime.date | Unset = UNSET,
) -> list[TopicSummaryView]:
    """Retrieve a summary of the most frequent topics.

    This endpoint returns a summary of the top 10 topics discussed in chat sessions, ordered by
    conversation count. Results can be filtered by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: A list of the top 10 topics with their conversation counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided date format is invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/`` (operation ``ai_analytics_orgs_users_topics_summary_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[TopicSummaryView]
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> Response[list[TopicSummaryView]]:
    """Retrieve a summary of the most frequent topics.

    This endpoint returns a summary of the top 10 topics discussed in chat sessions, ordered by
    conversation count. Results can be filtered by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: A list of the top 10 topics with their conversation counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided date format is invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/`` (operation ``ai_analytics_orgs_users_topics_summary_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[TopicSummaryView]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
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
    start_date: datetime.date | Unset = UNSET,
) -> list[TopicSummaryView]:
    """Retrieve a summary of the most frequent topics.

    This endpoint returns a summary of the top 10 topics discussed in chat sessions, ordered by
    conversation count. Results can be filtered by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: A list of the top 10 topics with their conversation counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided date format is invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/`` (operation ``ai_analytics_orgs_users_topics_summary_list``)

    Args:
        org (str):
        user_id (str):
        end_date (datetime.date | Unset):
        start_date (datetime.date | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[TopicSummaryView]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
