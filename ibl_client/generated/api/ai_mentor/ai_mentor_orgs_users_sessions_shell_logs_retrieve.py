from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.shell_logs import ShellLogs

OPERATION_ID = "ai_mentor_orgs_users_sessions_shell_logs_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ShellLogs,
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> ShellLogs | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ShellLogs.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
) -> Response[ShellLogs]:
    """Retrieve shell logs for a specific session.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the session.
    session_id: The ID of the session to retrieve logs for.

    Returns:
    Response: The shell logs for the specified session.

    Raises:
    NotFound: If the specified session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/`` (operation ``ai_mentor_orgs_users_sessions_shell_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ShellLogs]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
) -> ShellLogs:
    """Retrieve shell logs for a specific session.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the session.
    session_id: The ID of the session to retrieve logs for.

    Returns:
    Response: The shell logs for the specified session.

    Raises:
    NotFound: If the specified session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/`` (operation ``ai_mentor_orgs_users_sessions_shell_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ShellLogs
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
) -> Response[ShellLogs]:
    """Retrieve shell logs for a specific session.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the session.
    session_id: The ID of the session to retrieve logs for.

    Returns:
    Response: The shell logs for the specified session.

    Raises:
    NotFound: If the specified session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/`` (operation ``ai_mentor_orgs_users_sessions_shell_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ShellLogs]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
) -> ShellLogs:
    """Retrieve shell logs for a specific session.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    user_id: The ID of the user who owns the session.
    session_id: The ID of the session to retrieve logs for.

    Returns:
    Response: The shell logs for the specified session.

    Raises:
    NotFound: If the specified session does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shell-logs/`` (operation ``ai_mentor_orgs_users_sessions_shell_logs_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ShellLogs
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=client,
        )
    ).unwrap()
