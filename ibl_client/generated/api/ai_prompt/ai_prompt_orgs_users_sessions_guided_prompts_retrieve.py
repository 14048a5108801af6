from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.guided_prompts_response import GuidedPromptsResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_prompt_orgs_users_sessions_guided_prompts_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: GuidedPromptsResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> GuidedPromptsResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = GuidedPromptsResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    count: int | Unset = UNSET,
) -> Response[GuidedPromptsResponse]:
    """Retrieve guided prompts for a chat session

    Fetches AI-generated guided prompts for a given session and organization.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/`` (operation ``ai_prompt_orgs_users_sessions_guided_prompts_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        count (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GuidedPromptsResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            count=count,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: Client,
    count: int | Unset = UNSET,
) -> GuidedPromptsResponse:
    """Retrieve guided prompts for a chat session

    Fetches AI-generated guided prompts for a given session and organization.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/`` (operation ``ai_prompt_orgs_users_sessions_guided_prompts_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        count (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GuidedPromptsResponse
    """

    return sync_detailed(
        org,
        user_id,
        session_id,
        count=count,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    count: int | Unset = UNSET,
) -> Response[GuidedPromptsResponse]:
    """Retrieve guided prompts for a chat session

    Fetches AI-generated guided prompts for a given session and organization.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/`` (operation ``ai_prompt_orgs_users_sessions_guided_prompts_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        count (int | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[GuidedPromptsResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            session_id,
            count=count,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    session_id: UUID,
    *,
    client: AsyncClient,
    count: int | Unset = UNSET,
) -> GuidedPromptsResponse:
    """Retrieve guided prompts for a chat session

    Fetches AI-generated guided prompts for a given session and organization.

    ``GET /api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/`` (operation ``ai_prompt_orgs_users_sessions_guided_prompts_retrieve``)

    Args:
        org (str):
        user_id (str):
        session_id (UUID):
        count (int | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        GuidedPromptsResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            session_id,
            count=count,
            client=client,
        )
    ).unwrap()
