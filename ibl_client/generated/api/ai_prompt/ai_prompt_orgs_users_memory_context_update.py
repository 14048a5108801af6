from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.user_memory_context_request import UserMemoryContextRequest
from ...models.user_memory_context_response import UserMemoryContextResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_prompt_orgs_users_memory_context_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: UserMemoryContextResponse,
}


def _get_kwargs(
    org: str,
    user_id: str,
    *,
    body: UserMemoryContextRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UserMemoryContextResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = UserMemoryContextResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
    body: UserMemoryContextRequest | Unset = UNSET,
) -> Response[UserMemoryContextResponse]:
    """Updates the user's memory context settings.

    Returns:
    200: list of user memory context data.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/`` (operation ``ai_prompt_orgs_users_memory_context_update``)

    Args:
        org (str):
        user_id (str):
        body (UserMemoryContextRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserMemoryContextResponse]: status, headers, raw body and parsed model.
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
    body: UserMemoryContextRequest | Unset = UNSET,
) -> UserMemoryContextResponse:
    """Updates the user's memory context settings.

    Returns:
    200: list of user memory context data.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/`` (operation ``ai_prompt_orgs_users_memory_context_update``)

    Args:
        org (str):
        user_id (str):
        body (UserMemoryContextRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserMemoryContextResponse
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
    body: UserMemoryContextRequest | Unset = UNSET,
) -> Response[UserMemoryContextResponse]:
    """Updates the user's memory context settings.

    Returns:
    200: list of user memory context data.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/`` (operation ``ai_prompt_orgs_users_memory_context_update``)

    Args:
        org (str):
        user_id (str):
        body (UserMemoryContextRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[UserMemoryContextResponse]: status, headers, raw body and parsed model.
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
    body: UserMemoryContextRequest | Unset = UNSET,
) -> UserMemoryContextResponse:
    """Updates the user's memory context settings.

    Returns:
    200: list of user memory context data.

    ``PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/`` (operation ``ai_prompt_orgs_users_memory_context_update``)

    Args:
        org (str):
        user_id (str):
        body (UserMemoryContextRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        UserMemoryContextResponse
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            body=body,
            client=client,
        )
    ).unwrap()
