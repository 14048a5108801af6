from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_sentiment_count_view import UserSentimentCountView
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_sentiment_count_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[UserSentimentCountView],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    period: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[UserSentimentCountView] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = UserSentimentCountView.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    period: str | Unset = UNSET,
) -> Response[list[UserSentimentCountView]]:
    """Retrieve user sentiment counts over time.

    This endpoint returns data on the number of user sentiment entries within a specified time
    period, aggregated by date.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier.

    Returns:
    Response: Time series data of sentiment counts.

    Raises:
    NotFound: If the specified organization does not exist.
    ValidationError: If the provided query parameters are invalid.

    Query Parameters:
    period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/`` (operation ``ai_analytics_orgs_users_sentiment_count_list``)

    Args:
        org (str):
        user_id (str):
        period (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[UserSentimentCountView]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            period=period,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    period: str | Unset = UNSET,
) -> list[UserSentimentCountView]:
    """Retrieve user sentiment counts over time.

    This endpoint returns data on the number of user sentiment entries within a specified time
    period, aggregated by date.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier.

    Returns:
    Response: Time series data of sentiment counts.

    Raises:
    NotFound: If the specified organization does not exist.
    ValidationError: If the provided query parameters are invalid.

    Query Parameters:
    period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/`` (operation ``ai_analytics_orgs_users_sentiment_count_list``)

    Args:
        org (str):
        user_id (str):
        period (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[UserSentimentCountView]
    """

    return sync_detailed(
        org,
        user_id,
        period=period,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    period: str | Unset = UNSET,
) -> Response[list[UserSentimentCountView]]:
    """Retrieve user sentiment counts over time.

    This endpoint returns data on the number of user sentiment entries within a specified time
    period, aggregated by date.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier.

    Returns:
    Response: Time series data of sentiment counts.

    Raises:
    NotFound: If the specified organization does not exist.
    ValidationError: If the provided query parameters are invalid.

    Query Parameters:
    period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/`` (operation ``ai_analytics_orgs_users_sentiment_count_list``)

    Args:
        org (str):
        user_id (str):
        period (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[UserSentimentCountView]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            period=period,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    period: str | Unset = UNSET,
) -> list[UserSentimentCountView]:
    """Retrieve user sentiment counts over time.

    This endpoint returns data on the number of user sentiment entries within a specified time
    period, aggregated by date.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier.

    Returns:
    Response: Time series data of sentiment counts.

    Raises:
    NotFound: If the specified organization does not exist.
    ValidationError: If the provided query parameters are invalid.

    Query Parameters:
    period (str): Time period filter (today, yesterday, 7d, 30d, 90d) - default: 7d.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/sentiment-count/`` (operation ``ai_analytics_orgs_users_sentiment_count_list``)

    Args:
        org (str):
        user_id (str):
        period (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[UserSentimentCountView]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            period=period,
            client=client,
        )
    ).unwrap()
