from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.tool_category import ToolCategory

OPERATION_ID = "ai_mentor_orgs_users_tool_categories_list"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: list[ToolCategory],
}


def _get_kwargs(
    org: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-mentor/orgs/{org}/users/{user_id}/tool-categories/".format(
            org=quote(str(org), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> list[ToolCategory] | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ToolCategory.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    return None


def sync_detailed(
    org: str,
    user_id: str,
    *,
    client: Client,
) -> Response[list[ToolCategory]]:
    """Retrieve Tool Categories

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/tool-categories/`` (operation ``ai_mentor_orgs_users_tool_categories_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ToolCategory]]: status, headers, raw body and parsed model.
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
) -> list[ToolCategory]:
    """Retrieve Tool Categories

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/tool-categories/`` (operation ``ai_mentor_orgs_users_tool_categories_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ToolCategory]
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
) -> Response[list[ToolCategory]]:
    """Retrieve Tool Categories

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/tool-categories/`` (operation ``ai_mentor_orgs_users_tool_categories_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[list[ToolCategory]]: status, headers, raw body and parsed model.
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
) -> list[ToolCategory]:
    """Retrieve Tool Categories

    ``GET /api/ai-mentor/orgs/{org}/users/{user_id}/tool-categories/`` (operation ``ai_mentor_orgs_users_tool_categories_list``)

    Args:
        org (str):
        user_id (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        list[ToolCategory]
    """

    return (
        await asyncio_detailed(
            org,
            user_id,
            client=client,
        )
    ).unwrap()
