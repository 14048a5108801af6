from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.teams_config import TeamsConfig
from ...models.teams_config_request import TeamsConfigRequest

OPERATION_ID = "ai_bot_v1_bots_bot_config_teams_update_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    201: TeamsConfig,
}


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: TeamsConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> TeamsConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = TeamsConfig.from_dict(response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: TeamsConfigRequest,
) -> Response[TeamsConfig]:
    """Create modify and update bot information for a specific tenant.

    ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_create``)

    Args:
        org (str):
        id (int):
        body (TeamsConfigRequest):

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
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    id: int,
    *,
    client: Client,
    body: TeamsConfigRequest,
) -> TeamsConfig:
    """Create modify and update bot information for a specific tenant.

    ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_create``)

    Args:
        org (str):
        id (int):
        body (TeamsConfigRequest):

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
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: TeamsConfigRequest,
) -> Response[TeamsConfig]:
    """Create modify and update bot information for a specific tenant.

    ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_create``)

    Args:
        org (str):
        id (int):
        body (TeamsConfigRequest):

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
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    id: int,
    *,
    client: AsyncClient,
    body: TeamsConfigRequest,
) -> TeamsConfig:
    """Create modify and update bot information for a specific tenant.

    ``POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/`` (operation ``ai_bot_v1_bots_bot_config_teams_update_create``)

    Args:
        org (str):
        id (int):
        body (TeamsConfigRequest):

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
            body=body,
            client=client,
        )
    ).unwrap()
