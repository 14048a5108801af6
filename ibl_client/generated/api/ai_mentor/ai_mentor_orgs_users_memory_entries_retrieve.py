from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_memory_entry import UserMemoryEntry

OPERATION_ID = "ai_mentor_orgs_users_memory_entries_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserMemoryEntry,
}


def _get_kwargs(
    org: str,
    user_id: str,
    entry_unique_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            entry_unique_id=quote(str(entry_unique_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserMemoryEntry | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserMemoryEntry.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    entry_unique_id: str,
    *,
    client: Client,
) -> Response[UserMemoryEntry]:
    """Get a memory entry's detail by its unique id.

    Sample response ``` {
    "unique_id": "f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3",
    "key": "new key",
    "value": "this is new memory value!",
    "inserted_at": "2025-09-01T14:43:36.232705+00:00",
    "updated_at": "2025-09-01T14:43:36.232712+00:00",
    "expires_at": null,
    "category": "lessons_learned" } ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/`` (operation ``ai_mentor_orgs_users_memory_entries_retrieve``)

    Args:
        org (str):
        user_id (str):
        entry_unique_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserMemoryEntry]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            entry_unique_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    entry_unique_id: str,
    *,
    client: Client,
) -> UserMemoryEntry:
    """Get a memory entry's detail by its unique id.

    Sample response ``` {
    "unique_id": "f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3",
    "key": "new key",
    "value": "this is new memory value!",
    "inserted_at": "2025-09-01T14:43:36.232705+00:00",
    "updated_at": "2025-09-01T14:43:36.232712+00:00",
    "expires_at": null,
    "category": "lessons_learned" } ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/`` (operation ``ai_mentor_orgs_users_memory_entries_retrieve``)

    Args:
        org (str):
        user_id (str):
        entry_unique_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserMemoryEntry
    """

    return sync_detailed(
        org,
        user_id,
        entry_unique_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    entry_unique_id: str,
    *,
    client: AsyncClient,
) -> Response[UserMemoryEntry]:
    """Get a memory entry's detail by its unique id.

    Sample response ``` {
    "unique_id": "f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3",
    "key": "new key",
    "value": "this is new memory value!",
    "inserted_at": "2025-09-01T14:43:36.232705+00:00",
    "updated_at": "2025-09-01T14:43:36.232712+00:00",
    "expires_at": null,
    "category": "lessons_learned" } ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/`` (operation ``ai_mentor_orgs_users_memory_entries_retrieve``)

    Args:
        org (str):
        user_id (str):
        entry_unique_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserMemoryEntry]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            entry_unique_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    entry_unique_id: str,
    *,
    client: AsyncClient,
) -> UserMemoryEntry:
    """Get a memory entry's detail by its unique id.

    Sample response ``` {
    "unique_id": "f03642ce-b7ec-42a2-8604-7aa0c6e7b6d3",
    "key": "new key",
    "value": "this is new memory value!",
    "inserted_at": "2025-09-01T14:43:36.232705+00:00",
    "updated_at": "2025-09-01T14:43:36.232712+00:00",
    "expires_at": null,
    "category": "lessons_learned" } ```

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/`` (operation ``ai_mentor_orgs_users_memory_entries_retrieve``)

    Args:
        org (str):
        user_id (str):
        entry_unique_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserMemoryEntry
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            entry_unique_id,
            client=client,
        )
    ).unwrap()
