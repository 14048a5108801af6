from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_all_chat_memory_view import UserAllChatMemoryView
from ...models.user_all_chat_memory_view_request import UserAllChatMemoryViewRequest

OPERATION_ID = "ai_prompt_orgs_users_all_chats_memory_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: UserAllChatMemoryView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UserAllChatMemoryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserAllChatMemoryView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = UserAllChatMemoryView.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserAllChatMemoryViewRequest,
) -> Response[UserAllChatMemoryView]:
    """Create a new chat memory entry for a user.

    Args:
    request: The HTTP request containing the chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create chat memory for.

    Returns:
    Response: The created chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_create``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserAllChatMemoryView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserAllChatMemoryViewRequest,
) -> UserAllChatMemoryView:
    """Create a new chat memory entry for a user.

    Args:
    request: The HTTP request containing the chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create chat memory for.

    Returns:
    Response: The created chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_create``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserAllChatMemoryView
    """

    return sync_detailed(
        org,
        user_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserAllChatMemoryViewRequest,
) -> Response[UserAllChatMemoryView]:
    """Create a new chat memory entry for a user.

    Args:
    request: The HTTP request containing the chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create chat memory for.

    Returns:
    Response: The created chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_create``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserAllChatMemoryView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
    body: UserAllChatMemoryViewRequest,
) -> UserAllChatMemoryView:
    """Create a new chat memory entry for a user.

    Args:
    request: The HTTP request containing the chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to create chat memory for.

    Returns:
    Response: The created chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.

    ``POST /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_create``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserAllChatMemoryView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
