from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.bot_command import BotCommand
from ...models.patched_bot_command_request import PatchedBotCommandRequest
from ...types import UNSET, Unset

OPERATION_ID = "ai_bot_v1_bots_bot_commands_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: BotCommand,
}


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: PatchedBotCommandRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/ai-bot/v1/bots/{org}/bot-commands/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BotCommand | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = BotCommand.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: PatchedBotCommandRequest | Unset = UNSET,
) -> Response[BotCommand]:
    """Create slash commands for a specific bot eg. /iblai-baseline

    ``PATCH /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedBotCommandRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BotCommand]: status, headers, raw body and parsed model.
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
    body: PatchedBotCommandRequest | Unset = UNSET,
) -> BotCommand:
    """Create slash commands for a specific bot eg. /iblai-baseline

    ``PATCH /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedBotCommandRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BotCommand
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
    body: PatchedBotCommandRequest | Unset = UNSET,
) -> Response[BotCommand]:
    """Create slash commands for a specific bot eg. /iblai-baseline

    ``PATCH /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedBotCommandRequest | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[BotCommand]: status, headers, raw body and parsed model.
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
    body: PatchedBotCommandRequest | Unset = UNSET,
) -> BotCommand:
    """Create slash commands for a specific bot eg. /iblai-baseline

    ``PATCH /api/ai-bot/v1/bots/{org}/bot-commands/{id}/`` (operation ``ai_bot_v1_bots_bot_commands_partial_update``)

    Args:
        org (str):
        id (int):
        body (PatchedBotCommandRequest | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        BotCommand
    """

    return (
        await asyncio_detailed(
            org,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
