from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.chat_history_item import ChatHistoryItem
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_downloads_tasks_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ChatHistoryItem,
}


def _get_kwargs(
    org: str,
    user_id: str,
    task_id: UUID,
    *,
    to_csv: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["to_csv"] = to_csv

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ChatHistoryItem | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ChatHistoryItem.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    task_id: UUID,
    *,
    client: Client,
    to_csv: bool | Unset = UNSET,
) -> Response[ChatHistoryItem]:
    """Retrieves the chat history for a user if the export task is ready.

    This Endpoint to download user chathistory.

    Accessible to tenant admins and students.

    Returns:
    200: When task is not ready.
    200: chat history object
    400: When data is not valid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/`` (operation ``ai_mentor_orgs_users_downloads_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (UUID):
        to_csv (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ChatHistoryItem]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    task_id: UUID,
    *,
    client: Client,
    to_csv: bool | Unset = UNSET,
) -> ChatHistoryItem:
    """Retrieves the chat history for a user if the export task is ready.

    This Endpoint to download user chathistory.

    Accessible to tenant admins and students.

    Returns:
    200: When task is not ready.
    200: chat history object
    400: When data is not valid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/`` (operation ``ai_mentor_orgs_users_downloads_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (UUID):
        to_csv (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ChatHistoryItem
    """

    return sync_detailed(
        org,
        user_id,
        task_id,
        to_csv=to_csv,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    task_id: UUID,
    *,
    client: AsyncClient,
    to_csv: bool | Unset = UNSET,
) -> Response[ChatHistoryItem]:
    """Retrieves the chat history for a user if the export task is ready.

    This Endpoint to download user chathistory.

    Accessible to tenant admins and students.

    Returns:
    200: When task is not ready.
    200: chat history object
    400: When data is not valid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/`` (operation ``ai_mentor_orgs_users_downloads_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (UUID):
        to_csv (bool | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ChatHistoryItem]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    task_id: UUID,
    *,
    client: AsyncClient,
    to_csv: bool | Unset = UNSET,
) -> ChatHistoryItem:
    """Retrieves the chat history for a user if the export task is ready.

    This Endpoint to download user chathistory.

    Accessible to tenant admins and students.

    Returns:
    200: When task is not ready.
    200: chat history object
    400: When data is not valid.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/downloads/tasks/{task_id}/`` (operation ``ai_mentor_orgs_users_downloads_tasks_retrieve``)

    Args:
        org (str):
        user_id (str):
        task_id (UUID):
        to_csv (bool | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ChatHistoryItem
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            task_id,
            to_csv=to_csv,
            client=client,
        )
    ).unwrap()
