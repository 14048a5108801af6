from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.chat_session_request import ChatSessionRequest
from ...models.chat_session_response import ChatSessionResponse

OPERATION_ID = "ai_mentor_orgs_users_sessions_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: ChatSessionResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: ChatSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ChatSessionResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = ChatSessionResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: ChatSessionRequest,
) -> Response[ChatSessionResponse]:
    """Retrieve or create a chat session with a mentor.

    Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no
    tools be used, pass an empty list.

    Args:
    request: HTTP request containing mentor details.
    org: Organization key identifier.
    user_id (optional): Username for authentication (if required by the mentor).

    Returns:
    Response: JSON object containing the session ID.

    Raises:
    Http404: If the mentor is not found.
    ValidationError: If the username is invalid.
    ValidationError: If one or more tool slugs are invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/`` (operation ``ai_mentor_orgs_users_sessions_create``)

    Args:
        org (str):
        user_id (str):
        body (ChatSessionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ChatSessionResponse]: status, headers, raw body and parsed model.
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
    body: ChatSessionRequest,
) -> ChatSessionResponse:
    """Retrieve or create a chat session with a mentor.

    Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no
    tools be used, pass an empty list.

    Args:
    request: HTTP request containing mentor details.
    org: Organization key identifier.
    user_id (optional): Username for authentication (if required by the mentor).

    Returns:
    Response: JSON object containing the session ID.

    Raises:
    Http404: If the mentor is not found.
    ValidationError: If the username is invalid.
    ValidationError: If one or more tool slugs are invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/`` (operation ``ai_mentor_orgs_users_sessions_create``)

    Args:
        org (str):
        user_id (str):
        body (ChatSessionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ChatSessionResponse
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
    body: ChatSessionRequest,
) -> Response[ChatSessionResponse]:
    """Retrieve or create a chat session with a mentor.

    Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no
    tools be used, pass an empty list.

    Args:
    request: HTTP request containing mentor details.
    org: Organization key identifier.
    user_id (optional): Username for authentication (if required by the mentor).

    Returns:
    Response: JSON object containing the session ID.

    Raises:
    Http404: If the mentor is not found.
    ValidationError: If the username is invalid.
    ValidationError: If one or more tool slugs are invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/`` (operation ``ai_mentor_orgs_users_sessions_create``)

    Args:
        org (str):
        user_id (str):
        body (ChatSessionRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[ChatSessionResponse]: status, headers, raw body and parsed model.
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
    body: ChatSessionRequest,
) -> ChatSessionResponse:
    """Retrieve or create a chat session with a mentor.

    Passing `null` as `tools` results in using all tools assigned to the mentor. To specify that no
    tools be used, pass an empty list.

    Args:
    request: HTTP request containing mentor details.
    org: Organization key identifier.
    user_id (optional): Username for authentication (if required by the mentor).

    Returns:
    Response: JSON object containing the session ID.

    Raises:
    Http404: If the mentor is not found.
    ValidationError: If the username is invalid.
    ValidationError: If one or more tool slugs are invalid.

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/`` (operation ``ai_mentor_orgs_users_sessions_create``)

    Args:
        org (str):
        user_id (str):
        body (ChatSessionRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        ChatSessionResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
