from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.related_text import RelatedText
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_sessions_suggestion_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[RelatedText],
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    num_questions: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["num_questions"] = num_questions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[RelatedText] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RelatedText.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    num_questions: int | Unset = UNSET,
) -> Response[list[RelatedText]]:
    """Retrieve a list of related questions based on a chat session.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion`` (operation ``ai_mentor_orgs_users_sessions_suggestion_list``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        num_questions (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[RelatedText]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    num_questions: int | Unset = UNSET,
) -> list[RelatedText]:
    """Retrieve a list of related questions based on a chat session.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion`` (operation ``ai_mentor_orgs_users_sessions_suggestion_list``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        num_questions (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[RelatedText]
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        num_questions=num_questions,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    num_questions: int | Unset = UNSET,
) -> Response[list[RelatedText]]:
    """Retrieve a list of related questions based on a chat session.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion`` (operation ``ai_mentor_orgs_users_sessions_suggestion_list``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        num_questions (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[RelatedText]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    num_questions: int | Unset = UNSET,
) -> list[RelatedText]:
    """Retrieve a list of related questions based on a chat session.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/suggestion`` (operation ``ai_mentor_orgs_users_sessions_suggestion_list``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        num_questions (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[RelatedText]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            num_questions=num_questions,
            client=client,
        )
    ).unwrap()
