from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.ai_user_profile_memory_relation import AIUserProfileMemoryRelation

OPERATION_ID = "ai_mentor_orgs_users_ai_user_profile_memory_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[AIUserProfileMemoryRelation],
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[AIUserProfileMemoryRelation] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AIUserProfileMemoryRelation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[list[AIUserProfileMemoryRelation]]:
    """Endpoint to get a list of AI user profile memory entries or to add an entry.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[AIUserProfileMemoryRelation]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> list[AIUserProfileMemoryRelation]:
    """Endpoint to get a list of AI user profile memory entries or to add an entry.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[AIUserProfileMemoryRelation]
    """

    return sync_detailed(
        org,
        user_id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[list[AIUserProfileMemoryRelation]]:
    """Endpoint to get a list of AI user profile memory entries or to add an entry.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[AIUserProfileMemoryRelation]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    *,
    client: AsyncClient,
) -> list[AIUserProfileMemoryRelation]:
    """Endpoint to get a list of AI user profile memory entries or to add an entry.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/ai-user-profile-memory/`` (operation ``ai_mentor_orgs_users_ai_user_profile_memory_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[AIUserProfileMemoryRelation]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
