from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.task_view import TaskView

OPERATION_ID = "ai_mentor_orgs_users_tasks_sessions_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TaskView,
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    body: TaskView,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TaskView | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TaskView.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    body: TaskView,
) -> Response[TaskView]:
    """Export chat history for a session.

    Returns:
    200: Task ID for the export operation.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_tasks_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (TaskView):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TaskView]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    body: TaskView,
) -> TaskView:
    """Export chat history for a session.

    Returns:
    200: Task ID for the export operation.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_tasks_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (TaskView):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TaskView
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    body: TaskView,
) -> Response[TaskView]:
    """Export chat history for a session.

    Returns:
    200: Task ID for the export operation.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_tasks_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (TaskView):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TaskView]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    body: TaskView,
) -> TaskView:
    """Export chat history for a session.

    Returns:
    200: Task ID for the export operation.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/`` (operation ``ai_mentor_orgs_users_tasks_sessions_create``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        body (TaskView):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TaskView
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            body=body,
            client=client,
        )
    ).unwrap()
