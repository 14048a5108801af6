from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.session_browser_screenshot import SessionBrowserScreenshot

OPERATION_ID = "ai_mentor_orgs_users_sessions_browser_screenshot_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SessionBrowserScreenshot,
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> SessionBrowserScreenshot | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SessionBrowserScreenshot.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
) -> Response[SessionBrowserScreenshot]:
    """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their creation:
    accessing the logs after an hour will result in an empty data.

    This is intentional and made to avoid cases where logs bloat our in-memory db.

    Accessible to tenant admins and students.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.
    session_id (str): The session id.

    Returns:
    200: a SessionBrowserScreenshot object

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/`` (operation ``ai_mentor_orgs_users_sessions_browser_screenshot_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SessionBrowserScreenshot]: status, headers, raw body and parsed model.
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
) -> SessionBrowserScreenshot:
    """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their creation:
    accessing the logs after an hour will result in an empty data.

    This is intentional and made to avoid cases where logs bloat our in-memory db.

    Accessible to tenant admins and students.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.
    session_id (str): The session id.

    Returns:
    200: a SessionBrowserScreenshot object

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/`` (operation ``ai_mentor_orgs_users_sessions_browser_screenshot_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SessionBrowserScreenshot
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
) -> Response[SessionBrowserScreenshot]:
    """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their creation:
    accessing the logs after an hour will result in an empty data.

    This is intentional and made to avoid cases where logs bloat our in-memory db.

    Accessible to tenant admins and students.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.
    session_id (str): The session id.

    Returns:
    200: a SessionBrowserScreenshot object

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/`` (operation ``ai_mentor_orgs_users_sessions_browser_screenshot_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SessionBrowserScreenshot]: status, headers, raw body and parsed model.
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
) -> SessionBrowserScreenshot:
    """Endpoint to fetch the logs of a session. Logs are cached for up to 1 hour of their creation:
    accessing the logs after an hour will result in an empty data.

    This is intentional and made to avoid cases where logs bloat our in-memory db.

    Accessible to tenant admins and students.

    Url Args:
    org (str): The organization's platform key.
    user_id (str): The username

    identifier of the individual.
    session_id (str): The session id.

    Returns:
    200: a SessionBrowserScreenshot object

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/browser-screenshot/`` (operation ``ai_mentor_orgs_users_sessions_browser_screenshot_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SessionBrowserScreenshot
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            client=client,
        )
    ).unwrap()
