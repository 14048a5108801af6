from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.teams_config import TeamsConfig

OPERATION_ID = "ai_bot_v1_bots_bot_config_teams_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TeamsConfig,
}


def _get_kwargs(
    org: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TeamsConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TeamsConfig.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
) -> Response[TeamsConfig]:
    """Create modify and update bot information for a specific tenant.

    ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/`` (operation ``ai_bot_v1_bots_bot_config_teams_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TeamsConfig]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
        ),
        _parse_response,
    )


def sync(
    org: str,
    id: int,
    *,
    client: Client,
) -> TeamsConfig:
    """Create modify and update bot information for a specific tenant.

    ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/`` (operation ``ai_bot_v1_bots_bot_config_teams_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TeamsConfig
    """

    return sync_detailed(
        org,
        id,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: int,
    *,
    client: AsyncClient,
) -> Response[TeamsConfig]:
    """Create modify and update bot information for a specific tenant.

    ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/`` (operation ``ai_bot_v1_bots_bot_config_teams_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TeamsConfig]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            id,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    id: int,
    *,
    client: AsyncClient,
) -> TeamsConfig:
    """Create modify and update bot information for a specific tenant.

    ``GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/`` (operation ``ai_bot_v1_bots_bot_config_teams_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TeamsConfig
    """

    return (
        await asyncio_detailed(
            org,
            id,
            client=client,
        )
    ).unwrap()
