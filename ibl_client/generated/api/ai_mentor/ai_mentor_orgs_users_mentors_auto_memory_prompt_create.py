from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.auto_memory_prompt import AutoMemoryPrompt
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_auto_memory_prompt_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AutoMemoryPrompt,
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    body: AutoMemoryPrompt | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AutoMemoryPrompt | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AutoMemoryPrompt.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: AutoMemoryPrompt | Unset = UNSET,
) -> Response[AutoMemoryPrompt]:
    """Set or reset auto memory prompt

    Set or reset auto memory prompt

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/`` (operation ``ai_mentor_orgs_users_mentors_auto_memory_prompt_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (AutoMemoryPrompt | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AutoMemoryPrompt]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    body: AutoMemoryPrompt | Unset = UNSET,
) -> AutoMemoryPrompt:
    """Set or reset auto memory prompt

    Set or reset auto memory prompt

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/`` (operation ``ai_mentor_orgs_users_mentors_auto_memory_prompt_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (AutoMemoryPrompt | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AutoMemoryPrompt
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: AutoMemoryPrompt | Unset = UNSET,
) -> Response[AutoMemoryPrompt]:
    """Set or reset auto memory prompt

    Set or reset auto memory prompt

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/`` (operation ``ai_mentor_orgs_users_mentors_auto_memory_prompt_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (AutoMemoryPrompt | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AutoMemoryPrompt]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    body: AutoMemoryPrompt | Unset = UNSET,
) -> AutoMemoryPrompt:
    """Set or reset auto memory prompt

    Set or reset auto memory prompt

    ``POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/`` (operation ``ai_mentor_orgs_users_mentors_auto_memory_prompt_create``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        body (AutoMemoryPrompt | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AutoMemoryPrompt
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            body=body,
            client=client,
        )
    ).unwrap()
