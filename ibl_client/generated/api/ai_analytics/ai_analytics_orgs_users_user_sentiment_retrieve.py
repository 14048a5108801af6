from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.sentiment_summary import SentimentSummary
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_user_sentiment_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SentimentSummary,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: str,
    group_by: str | Unset = UNSET,
    start_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["group_by"] = group_by

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> SentimentSummary | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SentimentSummary.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str,
    group_by: str | Unset = UNSET,
    start_date: str,
) -> Response[SentimentSummary]:
    """Retrieve user sentiment distribution.

    This endpoint returns data on the distribution of user sentiments (positive, negative, neutral)
    within a specified date range, expressed as percentages.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Sentiment distribution percentages and total sentiment count.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/`` (operation ``ai_analytics_orgs_users_user_sentiment_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        group_by (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SentimentSummary]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str,
    group_by: str | Unset = UNSET,
    start_date: str,
) -> SentimentSummary:
    """Retrieve user sentiment distribution.

    This endpoint returns data on the distribution of user sentiments (positive, negative, neutral)
    within a specified date range, expressed as percentages.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Sentiment distribution percentages and total sentiment count.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/`` (operation ``ai_analytics_orgs_users_user_sentiment_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        group_by (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SentimentSummary
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        group_by=group_by,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: str,
    group_by: str | Unset = UNSET,
    start_date: str,
) -> Response[SentimentSummary]:
    """Retrieve user sentiment distribution.

    This endpoint returns data on the distribution of user sentiments (positive, negative, neutral)
    within a specified date range, expressed as percentages.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Sentiment distribution percentages and total sentiment count.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/`` (operation ``ai_analytics_orgs_users_user_sentiment_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        group_by (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SentimentSummary]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: str,
    group_by: str | Unset = UNSET,
    start_date: str,
) -> SentimentSummary:
    """Retrieve user sentiment distribution.

    This endpoint returns data on the distribution of user sentiments (positive, negative, neutral)
    within a specified date range, expressed as percentages.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Sentiment distribution percentages and total sentiment count.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD) - required.
    end_date (str): End date for filtering (YYYY-MM-DD) - required.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/user-sentiment/`` (operation ``ai_analytics_orgs_users_user_sentiment_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str):
        group_by (str | Unset):
        start_date (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SentimentSummary
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
