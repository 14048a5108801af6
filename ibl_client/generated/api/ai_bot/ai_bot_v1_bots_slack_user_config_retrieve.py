from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.slack_user_config import SlackUserConfig

OPERATION_ID = "ai_bot_v1_bots_slack_user_config_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: SlackUserConfig,
}


def _get_kwargs(
    org: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> SlackUserConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = SlackUserConfig.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
) -> Response[SlackUserConfig]:
    """Setup slack username and domain linkage with slack bots this will be used to authenticate the
    user when interracting with slack bots.

    ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SlackUserConfig]: status, headers, raw body and parsed model.
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
) -> SlackUserConfig:
    """Setup slack username and domain linkage with slack bots this will be used to authenticate the
    user when interracting with slack bots.

    ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SlackUserConfig
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
) -> Response[SlackUserConfig]:
    """Setup slack username and domain linkage with slack bots this will be used to authenticate the
    user when interracting with slack bots.

    ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SlackUserConfig]: status, headers, raw body and parsed model.
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
) -> SlackUserConfig:
    """Setup slack username and domain linkage with slack bots this will be used to authenticate the
    user when interracting with slack bots.

    ``GET /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/`` (operation ``ai_bot_v1_bots_slack_user_config_retrieve``)

    Args:
        org (str):
        id (int):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SlackUserConfig
    """

    return (
        await asyncio_detailed(
            org,
            id,
            client=client,
        )
    ).unwrap()
