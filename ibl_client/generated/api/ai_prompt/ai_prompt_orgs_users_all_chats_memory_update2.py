from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_all_chat_memory_view import UserAllChatMemoryView
from ...models.user_all_chat_memory_view_request import UserAllChatMemoryViewRequest

OPERATION_ID = "ai_prompt_orgs_users_all_chats_memory_update2"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserAllChatMemoryView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    body: UserAllChatMemoryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            memory_id=quote(str(memory_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserAllChatMemoryView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserAllChatMemoryView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: Client,
    body: UserAllChatMemoryViewRequest,
) -> Response[UserAllChatMemoryView]:
    """Update a specific chat memory entry.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update2``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
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
            memory_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: Client,
    body: UserAllChatMemoryViewRequest,
) -> UserAllChatMemoryView:
    """Update a specific chat memory entry.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update2``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
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
        memory_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: AsyncClient,
    body: UserAllChatMemoryViewRequest,
) -> Response[UserAllChatMemoryView]:
    """Update a specific chat memory entry.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update2``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
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
            memory_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    memory_id: int,
    *,
    client: AsyncClient,
    body: UserAllChatMemoryViewRequest,
) -> UserAllChatMemoryView:
    """Update a specific chat memory entry.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the memory.
    memory_id: The ID of the specific memory entry to update.

    Returns:
    Response: The updated chat memory entry.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If the specified memory entry does not exist.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/{memory_id}/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update2``)

    Args:
        org (str):
        user_id (str):
        memory_id (int):
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
            memory_id,
            body=body,
            client=client,
        )
    ).unwrap()
