from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.teams_webhook import TeamsWebhook

OPERATION_ID = "ai_bot_v1_bots_webhooks_teams_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: TeamsWebhook,
}


def _get_kwargs(
    org: str,
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/".format(
            org=quote(str(org), safe=""),
            name=quote(str(name), safe=""),
        ),
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> TeamsWebhook | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = TeamsWebhook.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    name: str,
    *,
    client: Client,
) -> Response[TeamsWebhook]:
    """``GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/`` (operation ``ai_bot_v1_bots_webhooks_teams_retrieve``)

    Args:
        org (str):
        name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TeamsWebhook]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name,
        ),
        _parse_response,
    )


def sync(
    org: str,
    name: str,
    *,
    client: Client,
) -> TeamsWebhook:
    """``GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/`` (operation ``ai_bot_v1_bots_webhooks_teams_retrieve``)

    Args:
        org (str):
        name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TeamsWebhook
    """

    return sync_detailed(
        org,
        name,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    name: str,
    *,
    client: AsyncClient,
) -> Response[TeamsWebhook]:
    """``GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/`` (operation ``ai_bot_v1_bots_webhooks_teams_retrieve``)

    Args:
        org (str):
        name (str):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[TeamsWebhook]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    name: str,
    *,
    client: AsyncClient,
) -> TeamsWebhook:
    """``GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/`` (operation ``ai_bot_v1_bots_webhooks_teams_retrieve``)

    Args:
        org (str):
        name (str):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        TeamsWebhook
    """

    return (
        await asyncio_detailed(
            org,
            name,
            client=client,
        )
    ).unwrap()
