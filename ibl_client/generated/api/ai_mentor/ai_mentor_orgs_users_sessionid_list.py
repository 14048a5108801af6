from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.chat_history_session_id import ChatHistorySessionId
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_sessionid_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[ChatHistorySessionId],
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    end_date: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ChatHistorySessionId] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ChatHistorySessionId.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    end_date: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[list[ChatHistorySessionId]]:
    """Retrieve user sessions filtered by start date and end date.

    Query Parameters:
    start_date (optional, ISO format): Start date for filtering sessions.
    end_date (optional, ISO format): End date for filtering sessions.

    Returns:
    - 200: List of session IDs with insertion timestamps.
    - 400: Invalid request parameters.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/`` (operation ``ai_mentor_orgs_users_sessionid_list``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ChatHistorySessionId]]: status, headers, raw body and parsed model.
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
    end_date: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> list[ChatHistorySessionId]:
    """Retrieve user sessions filtered by start date and end date.

    Query Parameters:
    start_date (optional, ISO format): Start date for filtering sessions.
    end_date (optional, ISO format): End date for filtering sessions.

    Returns:
    - 200: List of session IDs with insertion timestamps.
    - 400: Invalid request parameters.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/`` (operation ``ai_mentor_orgs_users_sessionid_list``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ChatHistorySessionId]
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
    end_date: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> Response[list[ChatHistorySessionId]]:
    """Retrieve user sessions filtered by start date and end date.

    Query Parameters:
    start_date (optional, ISO format): Start date for filtering sessions.
    end_date (optional, ISO format): End date for filtering sessions.

    Returns:
    - 200: List of session IDs with insertion timestamps.
    - 400: Invalid request parameters.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/`` (operation ``ai_mentor_orgs_users_sessionid_list``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ChatHistorySessionId]]: status, headers, raw body and parsed model.
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
    end_date: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> list[ChatHistorySessionId]:
    """Retrieve user sessions filtered by start date and end date.

    Query Parameters:
    start_date (optional, ISO format): Start date for filtering sessions.
    end_date (optional, ISO format): End date for filtering sessions.

    Returns:
    - 200: List of session IDs with insertion timestamps.
    - 400: Invalid request parameters.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessionid/`` (operation ``ai_mentor_orgs_users_sessionid_list``)

    Args:
        org (str):
        user_id (str):
        end_date (str | Unset):
        start_date (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ChatHistorySessionId]
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
