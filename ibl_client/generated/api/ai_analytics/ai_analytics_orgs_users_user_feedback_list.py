from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_chat_feedback_count import UserChatFeedbackCount
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_user_feedback_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[UserChatFeedbackCount],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    aggregation: str | Unset = UNSET,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["aggregation"] = aggregation

    params["end_date"] = end_date

    params["mentor_id"] = mentor_id

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[UserChatFeedbackCount] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserChatFeedbackCount.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    aggregation: str | Unset = UNSET,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> Response[list[UserChatFeedbackCount]]:
    """Retrieve aggregated user chat feedback counts.

    This endpoint returns data on the number of user chat feedback entries within a specified date
    range, with options for different time aggregations (hourly, daily, weekly). Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Time series data of feedback counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.
    aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/`` (operation ``ai_analytics_orgs_users_user_feedback_list``)

    Args:
        org (str):
        user_id (str):
        aggregation (str | Unset):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[UserChatFeedbackCount]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    aggregation: str | Unset = UNSET,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> list[UserChatFeedbackCount]:
    """Retrieve aggregated user chat feedback counts.

    This endpoint returns data on the number of user chat feedback entries within a specified date
    range, with options for different time aggregations (hourly, daily, weekly). Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Time series data of feedback counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.
    aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/`` (operation ``ai_analytics_orgs_users_user_feedback_list``)

    Args:
        org (str):
        user_id (str):
        aggregation (str | Unset):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[UserChatFeedbackCount]
    """

    return sync_detailed(
        org,
        user_id,
        aggregation=aggregation,
        end_date=end_date,
        mentor_id=mentor_id,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    aggregation: str | Unset = UNSET,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> Response[list[UserChatFeedbackCount]]:
    """Retrieve aggregated user chat feedback counts.

    This endpoint returns data on the number of user chat feedback entries within a specified date
    range, with options for different time aggregations (hourly, daily, weekly). Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Time series data of feedback counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.
    aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/`` (operation ``ai_analytics_orgs_users_user_feedback_list``)

    Args:
        org (str):
        user_id (str):
        aggregation (str | Unset):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[UserChatFeedbackCount]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    aggregation: str | Unset = UNSET,
    end_date: str,
    mentor_id: str | Unset = UNSET,
    start_date: str,
) -> list[UserChatFeedbackCount]:
    """Retrieve aggregated user chat feedback counts.

    This endpoint returns data on the number of user chat feedback entries within a specified date
    range, with options for different time aggregations (hourly, daily, weekly). Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Time series data of feedback counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.
    mentor_id (str): Filter by mentor unique ID.
    aggregation (str): Time aggregation level (hourly, daily, weekly) - default: daily.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-feedback/`` (operation ``ai_analytics_orgs_users_user_feedback_list``)

    Args:
        org (str):
        user_id (str):
        aggregation (str | Unset):
        end_date (str):
        mentor_id (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[UserChatFeedbackCount]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            aggregation=aggregation,
            end_date=end_date,
            mentor_id=mentor_id,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
