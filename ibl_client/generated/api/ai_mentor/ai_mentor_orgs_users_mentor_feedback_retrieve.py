from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_chat_feedback import UserChatFeedback

OPERATION_ID = "ai_mentor_orgs_users_mentor_feedback_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserChatFeedback,
}


def _get_kwargs(
    org: str,
    user_id: str,
    feedback_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> UserChatFeedback | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserChatFeedback.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    feedback_id: int,
    *,
    client: Client,
) -> Response[UserChatFeedback]:
    """Retrieve details of a specific user chat feedback entry.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    feedback_id: The ID of the feedback entry to retrieve.

    Returns:
    Response: The feedback entry details.

    Raises:
    NotFound: If the specified feedback entry does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/`` (operation ``ai_mentor_orgs_users_mentor_feedback_retrieve``)

    Args:
        org (str):
        user_id (str):
        feedback_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserChatFeedback]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            feedback_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    feedback_id: int,
    *,
    client: Client,
) -> UserChatFeedback:
    """Retrieve details of a specific user chat feedback entry.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    feedback_id: The ID of the feedback entry to retrieve.

    Returns:
    Response: The feedback entry details.

    Raises:
    NotFound: If the specified feedback entry does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/`` (operation ``ai_mentor_orgs_users_mentor_feedback_retrieve``)

    Args:
        org (str):
        user_id (str):
        feedback_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserChatFeedback
    """

    return sync_detailed(
        org,
        user_id,
        feedback_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    feedback_id: int,
    *,
    client: AsyncClient,
) -> Response[UserChatFeedback]:
    """Retrieve details of a specific user chat feedback entry.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    feedback_id: The ID of the feedback entry to retrieve.

    Returns:
    Response: The feedback entry details.

    Raises:
    NotFound: If the specified feedback entry does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/`` (operation ``ai_mentor_orgs_users_mentor_feedback_retrieve``)

    Args:
        org (str):
        user_id (str):
        feedback_id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserChatFeedback]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            feedback_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    feedback_id: int,
    *,
    client: AsyncClient,
) -> UserChatFeedback:
    """Retrieve details of a specific user chat feedback entry.

    Args:
    request: The HTTP request.
    org: The organization/tenant identifier.
    feedback_id: The ID of the feedback entry to retrieve.

    Returns:
    Response: The feedback entry details.

    Raises:
    NotFound: If the specified feedback entry does not exist.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentor-feedback/{feedback_id}/`` (operation ``ai_mentor_orgs_users_mentor_feedback_retrieve``)

    Args:
        org (str):
        user_id (str):
        feedback_id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserChatFeedback
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            feedback_id,
            client=client,
        )
    ).unwrap()
