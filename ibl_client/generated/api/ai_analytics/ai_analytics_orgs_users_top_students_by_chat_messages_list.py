from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.student_chat_message import StudentChatMessage
from ...types import UNSET, Unset

OPERATION_ID = "ai_analytics_orgs_users_top_students_by_chat_messages_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[StudentChatMessage],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    group_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_by"] = group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[StudentChatMessage] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StudentChatMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    group_by: str | Unset = UNSET,
) -> Response[list[StudentChatMessage]]:
    """Retrieve the most engaged students based on chat message count.

    This endpoint returns data on the top 20 students with the highest number of chat messages, with
    optional filtering by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: List of top students with their chat message counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/`` (operation ``ai_analytics_orgs_users_top_students_by_chat_messages_list``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[StudentChatMessage]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            group_by=group_by,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    group_by: str | Unset = UNSET,
) -> list[StudentChatMessage]:
    """Retrieve the most engaged students based on chat message count.

    This endpoint returns data on the top 20 students with the highest number of chat messages, with
    optional filtering by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: List of top students with their chat message counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/`` (operation ``ai_analytics_orgs_users_top_students_by_chat_messages_list``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[StudentChatMessage]
    """

    return sync_detailed(
        org,
        user_id,
        group_by=group_by,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    group_by: str | Unset = UNSET,
) -> Response[list[StudentChatMessage]]:
    """Retrieve the most engaged students based on chat message count.

    This endpoint returns data on the top 20 students with the highest number of chat messages, with
    optional filtering by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: List of top students with their chat message counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/`` (operation ``ai_analytics_orgs_users_top_students_by_chat_messages_list``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[StudentChatMessage]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            group_by=group_by,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    group_by: str | Unset = UNSET,
) -> list[StudentChatMessage]:
    """Retrieve the most engaged students based on chat message count.

    This endpoint returns data on the top 20 students with the highest number of chat messages, with
    optional filtering by mentor and date range.

    Args:
    request: The HTTP request containing filter query parameters.
    org: Organization key identifier.
    user_id: User identifier (not used in the implementation).

    Returns:
    Response: List of top students with their chat message counts.

    Raises:
    NotFound: If the specified organization does not exist.
    BadRequest: If the provided parameters are invalid.

    Query Parameters:
    mentor_id (str): Filter by mentor unique ID.
    start_date (str): Start date for filtering (YYYY-MM-DD).
    end_date (str): End date for filtering (YYYY-MM-DD).

    ``GET /api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/`` (operation ``ai_analytics_orgs_users_top_students_by_chat_messages_list``)

    Args:
        org (str):
        user_id (str):
        group_by (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[StudentChatMessage]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            group_by=group_by,
            client=client,
        )
    ).unwrap()
