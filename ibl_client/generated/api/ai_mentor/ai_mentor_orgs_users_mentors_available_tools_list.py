from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.tool_response import ToolResponse
from ...types import UNSET, Unset

OPERATION_ID = "ai_mentor_orgs_users_mentors_available_tools_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[ToolResponse],
}


def _get_kwargs(
    org: str,
    user_id: str,
    mentor: str,
    *,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
            mentor=quote(str(mentor), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ToolResponse] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ToolResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[ToolResponse]]:
    """Retrieve tools available for a particular mentor. The 'is_allowed' field indicates whether the
    tool is compatible with the mentor's current LLM configuration.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/`` (operation ``ai_mentor_orgs_users_mentors_available_tools_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ToolResponse]]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            ordering=ordering,
            search=search,
        ),
        _parse_response,
    )


def sync(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: Client,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[ToolResponse]:
    """Retrieve tools available for a particular mentor. The 'is_allowed' field indicates whether the
    tool is compatible with the mentor's current LLM configuration.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/`` (operation ``ai_mentor_orgs_users_mentors_available_tools_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ToolResponse]
    """

    return sync_detailed(
        org,
        user_id,
        mentor,
        ordering=ordering,
        search=search,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[ToolResponse]]:
    """Retrieve tools available for a particular mentor. The 'is_allowed' field indicates whether the
    tool is compatible with the mentor's current LLM configuration.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/`` (operation ``ai_mentor_orgs_users_mentors_available_tools_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ToolResponse]]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            user_id,
            mentor,
            ordering=ordering,
            search=search,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    user_id: str,
    mentor: str,
    *,
    client: AsyncClient,
    ordering: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[ToolResponse]:
    """Retrieve tools available for a particular mentor. The 'is_allowed' field indicates whether the
    tool is compatible with the mentor's current LLM configuration.

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/available-tools/`` (operation ``ai_mentor_orgs_users_mentors_available_tools_list``)

    Args:
        org (str):
        user_id (str):
        mentor (str):
        ordering (str | Unset):
        search (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ToolResponse]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            mentor,
            ordering=ordering,
            search=search,
            client=client,
        )
    ).unwrap()
