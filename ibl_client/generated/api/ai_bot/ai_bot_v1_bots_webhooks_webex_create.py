from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.webex_webhook import WebexWebhook

OPERATION_ID = "ai_bot_v1_bots_webhooks_webex_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: WebexWebhook,
}


def _get_kwargs(
    org: str,
    name: str,
    *,
    body: WebexWebhook,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/".format(
            org=quote(str(org), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WebexWebhook | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = WebexWebhook.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    name: str,
    *,
    client: Client,
    body: WebexWebhook,
) -> Response[WebexWebhook]:
    """Webhook endpoint to receive and process discord messages.

    ``POST /api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/`` (operation ``ai_bot_v1_bots_webhooks_webex_create``)

    Args:
        org (str):
        name (str):
        body (WebexWebhook):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WebexWebhook]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name,
            body=body,
        ),
        _parse_response,
    )


def sync(
    org: str,
    name: str,
    *,
    client: Client,
    body: WebexWebhook,
) -> WebexWebhook:
    """Webhook endpoint to receive and process discord messages.

    ``POST /api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/`` (operation ``ai_bot_v1_bots_webhooks_webex_create``)

    Args:
        org (str):
        name (str):
        body (WebexWebhook):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WebexWebhook
    """

    return sync_detailed(
        org,
        name,
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    name: str,
    *,
    client: AsyncClient,
    body: WebexWebhook,
) -> Response[WebexWebhook]:
    """Webhook endpoint to receive and process discord messages.

    ``POST /api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/`` (operation ``ai_bot_v1_bots_webhooks_webex_create``)

    Args:
        org (str):
        name (str):
        body (WebexWebhook):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WebexWebhook]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name,
            body=body,
        ),
        _parse_response,
    )


async def asyncio(
    org: str,
    name: str,
    *,
    client: AsyncClient,
    body: WebexWebhook,
) -> WebexWebhook:
    """Webhook endpoint to receive and process discord messages.

    ``POST /api/ai-bot/v1/bots/webhooks/{org}/webex/{name}/`` (operation ``ai_bot_v1_bots_webhooks_webex_create``)

    Args:
        org (str):
        name (str):
        body (WebexWebhook):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WebexWebhook
    """

    return (
        await asyncio_detailed(
            org,
            name,
            body=body,
            client=client,
        )
    ).unwrap()
