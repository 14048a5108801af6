from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.session_memory_attachment import SessionMemoryAttachment

OPERATION_ID = "ai_mentor_orgs_users_sessions_memories_set_attached_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SessionMemoryAttachment,
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: str,
    memory_unique_id: str,
    *,
    body: SessionMemoryAttachment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
            memory_unique_id=quote(str(memory_unique_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SessionMemoryAttachment | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SessionMemoryAttachment.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: str,
    memory_unique_id: str,
    *,
    client: Client,
    body: SessionMemoryAttachment,
) -> Response[SessionMemoryAttachment]:
    """Create session memory attachment

    Create session memory attachment

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/`` (operation ``ai_mentor_orgs_users_sessions_memories_set_attached_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        memory_unique_id (str):
        body (SessionMemoryAttachment):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SessionMemoryAttachment]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            memory_unique_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    session_id: str,
    memory_unique_id: str,
    *,
    client: Client,
    body: SessionMemoryAttachment,
) -> SessionMemoryAttachment:
    """Create session memory attachment

    Create session memory attachment

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/`` (operation ``ai_mentor_orgs_users_sessions_memories_set_attached_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        memory_unique_id (str):
        body (SessionMemoryAttachment):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SessionMemoryAttachment
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        memory_unique_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: str,
    memory_unique_id: str,
    *,
    client: AsyncClient,
    body: SessionMemoryAttachment,
) -> Response[SessionMemoryAttachment]:
    """Create session memory attachment

    Create session memory attachment

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/`` (operation ``ai_mentor_orgs_users_sessions_memories_set_attached_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        memory_unique_id (str):
        body (SessionMemoryAttachment):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SessionMemoryAttachment]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            memory_unique_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: str,
    memory_unique_id: str,
    *,
    client: AsyncClient,
    body: SessionMemoryAttachment,
) -> SessionMemoryAttachment:
    """Create session memory attachment

    Create session memory attachment

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/`` (operation ``ai_mentor_orgs_users_sessions_memories_set_attached_create``)

    Args:
        org (str):
        user_id (str):
        session_id (str):
        memory_unique_id (str):
        body (SessionMemoryAttachment):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SessionMemoryAttachment
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            memory_unique_id,
            body=body,
            client=client,
        )
    ).unwrap()
