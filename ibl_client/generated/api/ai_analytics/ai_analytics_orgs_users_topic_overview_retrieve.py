from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.topic_statistics_response import TopicStatisticsResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_topic_overview_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TopicStatisticsResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    mentor_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TopicStatisticsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TopicStatisticsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: str | Unset = UNSET,
) -> Response[TopicStatisticsResponse]:
    """Retrieve aggregated topic statistics.

    This endpoint returns statistical information about topics within an organization, including
    total topics, new topics, and percentage changes compared to the previous month. Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Statistical information about topics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.

    Query Parameters:
    mentor_id (str): Filter statistics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/`` (operation ``ai_analytics_orgs_users_topic_overview_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TopicStatisticsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    mentor_id: str | Unset = UNSET,
) -> TopicStatisticsResponse:
    """Retrieve aggregated topic statistics.

    This endpoint returns statistical information about topics within an organization, including
    total topics, new topics, and percentage changes compared to the previous month. Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Statistical information about topics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.

    Query Parameters:
    mentor_id (str): Filter statistics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/`` (operation ``ai_analytics_orgs_users_topic_overview_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TopicStatisticsResponse
    """

    return sync_detailed(
        org,
        user_id,
        mentor_id=mentor_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: str | Unset = UNSET,
) -> Response[TopicStatisticsResponse]:
    """Retrieve aggregated topic statistics.

    This endpoint returns statistical information about topics within an organization, including
    total topics, new topics, and percentage changes compared to the previous month. Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Statistical information about topics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.

    Query Parameters:
    mentor_id (str): Filter statistics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/`` (operation ``ai_analytics_orgs_users_topic_overview_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TopicStatisticsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor_id=mentor_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    mentor_id: str | Unset = UNSET,
) -> TopicStatisticsResponse:
    """Retrieve aggregated topic statistics.

    This endpoint returns statistical information about topics within an organization, including
    total topics, new topics, and percentage changes compared to the previous month. Results can be
    filtered by mentor.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Statistical information about topics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.

    Query Parameters:
    mentor_id (str): Filter statistics by mentor unique ID.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-overview/`` (operation ``ai_analytics_orgs_users_topic_overview_retrieve``)

    Args:
        org (str):
        user_id (str):
        mentor_id (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TopicStatisticsResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor_id=mentor_id,
            client=client,
        )
    ).unwrap()
