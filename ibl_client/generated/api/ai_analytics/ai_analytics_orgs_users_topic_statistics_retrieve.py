from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.paginated_topic_statistics_response import PaginatedTopicStatisticsResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_topic_statistics_retrieve"
#: How this operation pages; `ibl_client.paginate` reads it (see ibl_client/_pagination.py).
PAGINATION = "page_number"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: PaginatedTopicStatisticsResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["group_by"] = group_by

    params["mentor_id"] = mentor_id

    params["page"] = page

    params["page_size"] = page_size

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> PaginatedTopicStatisticsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = PaginatedTopicStatisticsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[PaginatedTopicStatisticsResponse]:
    """Retrieve paginated statistics about topics.

    This endpoint returns detailed statistics about topics, including: - Number of conversations
    related to each topic - Total message count for each topic - Average sentiment of conversations
    about each topic - Average user rating for conversations about each topic

    Results can be filtered by mentor and date range, and are paginated.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of topic statistics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).
    mentor_id (str): Filter by mentor unique ID.
    page (int): Page number for pagination - default: 1.
    page_size (int): Number of results per page - default: 20.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/`` (operation ``ai_analytics_orgs_users_topic_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        group_by (str | Unset):
        mentor_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTopicStatisticsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> PaginatedTopicStatisticsResponse:
    """Retrieve paginated statistics about topics.

    This endpoint returns detailed statistics about topics, including: - Number of conversations
    related to each topic - Total message count for each topic - Average sentiment of conversations
    about each topic - Average user rating for conversations about each topic

    Results can be filtered by mentor and date range, and are paginated.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of topic statistics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).
    mentor_id (str): Filter by mentor unique ID.
    page (int): Page number for pagination - default: 1.
    page_size (int): Number of results per page - default: 20.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/`` (operation ``ai_analytics_orgs_users_topic_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        group_by (str | Unset):
        mentor_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTopicStatisticsResponse
    """

    return sync_detailed(
        org,
        user_id,
        end_date=end_date,
        group_by=group_by,
        mentor_id=mentor_id,
        page=page,
        page_size=page_size,
        start_date=start_date,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[PaginatedTopicStatisticsResponse]:
    """Retrieve paginated statistics about topics.

    This endpoint returns detailed statistics about topics, including: - Number of conversations
    related to each topic - Total message count for each topic - Average sentiment of conversations
    about each topic - Average user rating for conversations about each topic

    Results can be filtered by mentor and date range, and are paginated.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of topic statistics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).
    mentor_id (str): Filter by mentor unique ID.
    page (int): Page number for pagination - default: 1.
    page_size (int): Number of results per page - default: 20.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/`` (operation ``ai_analytics_orgs_users_topic_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        group_by (str | Unset):
        mentor_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[PaginatedTopicStatisticsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    end_date: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> PaginatedTopicStatisticsResponse:
    """Retrieve paginated statistics about topics.

    This endpoint returns detailed statistics about topics, including: - Number of conversations
    related to each topic - Total message count for each topic - Average sentiment of conversations
    about each topic - Average user rating for conversations about each topic

    Results can be filtered by mentor and date range, and are paginated.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.

    Returns:
    Response: Paginated list of topic statistics.

    Raises:
    NotFound: If the specified organization or mentor does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).
    mentor_id (str): Filter by mentor unique ID.
    page (int): Page number for pagination - default: 1.
    page_size (int): Number of results per page - default: 20.

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/`` (operation ``ai_analytics_orgs_users_topic_statistics_retrieve``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        group_by (str | Unset):
        mentor_id (str | Unset):
        page (int | Unset):
        page_size (int | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        PaginatedTopicStatisticsResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            end_date=end_date,
            group_by=group_by,
            mentor_id=mentor_id,
            page=page,
            page_size=page_size,
            start_date=start_date,
            client=client,
        )
    ).unwrap()
