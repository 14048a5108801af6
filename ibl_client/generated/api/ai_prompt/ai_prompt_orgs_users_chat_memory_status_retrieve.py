from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_chat_memory_status_view import UserChatMemoryStatusView

OPERATION_ID = "ai_prompt_orgs_users_chat_memory_status_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserChatMemoryStatusView,
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserChatMemoryStatusView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserChatMemoryStatusView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[UserChatMemoryStatusView]:
    """Retrieve the chat memory status for a specific user.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user to retrieve memory status for.

    Returns:
    Response: The user's chat memory status.

    Raises:
    NotFound: If no memory status exists for the user.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/`` (operation ``ai_prompt_orgs_users_chat_memory_status_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserChatMemoryStatusView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> UserChatMemoryStatusView:
    """Retrieve the chat memory status for a specific user.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user to retrieve memory status for.

    Returns:
    Response: The user's chat memory status.

    Raises:
    NotFound: If no memory status exists for the user.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/`` (operation ``ai_prompt_orgs_users_chat_memory_status_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserChatMemoryStatusView
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[UserChatMemoryStatusView]:
    """Retrieve the chat memory status for a specific user.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user to retrieve memory status for.

    Returns:
    Response: The user's chat memory status.

    Raises:
    NotFound: If no memory status exists for the user.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/`` (operation ``ai_prompt_orgs_users_chat_memory_status_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserChatMemoryStatusView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> UserChatMemoryStatusView:
    """Retrieve the chat memory status for a specific user.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user to retrieve memory status for.

    Returns:
    Response: The user's chat memory status.

    Raises:
    NotFound: If no memory status exists for the user.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/chat-memory-status/`` (operation ``ai_prompt_orgs_users_chat_memory_status_retrieve``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserChatMemoryStatusView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
