from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_all_chat_memory_view_request import UserAllChatMemoryViewRequest
from ...models.user_chat_memory_update_view import UserChatMemoryUpdateView

OPERATION_ID = "ai_prompt_orgs_users_all_chats_memory_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserChatMemoryUpdateView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UserAllChatMemoryViewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserChatMemoryUpdateView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserChatMemoryUpdateView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserAllChatMemoryViewRequest,
) -> Response[UserChatMemoryUpdateView]:
    """Update chat memory for a specific user.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update chat memory for.

    Returns:
    Response: A confirmation of the scheduled update task.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no chat memory exists for the user.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserChatMemoryUpdateView]: status, headers, raw body and parsed model.
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
) -> UserChatMemoryUpdateView:
    """Update chat memory for a specific user.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update chat memory for.

    Returns:
    Response: A confirmation of the scheduled update task.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no chat memory exists for the user.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserChatMemoryUpdateView
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
) -> Response[UserChatMemoryUpdateView]:
    """Update chat memory for a specific user.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update chat memory for.

    Returns:
    Response: A confirmation of the scheduled update task.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no chat memory exists for the user.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserChatMemoryUpdateView]: status, headers, raw body and parsed model.
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
) -> UserChatMemoryUpdateView:
    """Update chat memory for a specific user.

    Args:
    request: The HTTP request containing the updated chat memory data.
    org: The organization/tenant identifier.
    user_id: The ID of the user to update chat memory for.

    Returns:
    Response: A confirmation of the scheduled update task.

    Raises:
    BadRequest: If the provided data is invalid.
    NotFound: If no chat memory exists for the user.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/`` (operation ``ai_prompt_orgs_users_all_chats_memory_update``)

    Args:
        org (str):
        user_id (str):
        body (UserAllChatMemoryViewRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserChatMemoryUpdateView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
