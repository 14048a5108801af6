from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.whatsapp_user_config import WhatsappUserConfig
from ...models.whatsapp_user_config_request import WhatsappUserConfigRequest

OPERATION_ID = "ai_bot_v1_bots_whatsapp_user_config_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: WhatsappUserConfig,
}


def _get_kwargs(
    org: str,
    id: int,
    *,
    body: WhatsappUserConfigRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/".format(
            org=quote(str(org), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappUserConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = WhatsappUserConfig.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    id: int,
    *,
    client: Client,
    body: WhatsappUserConfigRequest,
) -> Response[WhatsappUserConfig]:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_update``)

    Args:
        org (str):
        id (int):
        body (WhatsappUserConfigRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WhatsappUserConfig]: status, headers, raw body and parsed model.
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
    body: WhatsappUserConfigRequest,
) -> WhatsappUserConfig:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_update``)

    Args:
        org (str):
        id (int):
        body (WhatsappUserConfigRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WhatsappUserConfig
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
    body: WhatsappUserConfigRequest,
) -> Response[WhatsappUserConfig]:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_update``)

    Args:
        org (str):
        id (int):
        body (WhatsappUserConfigRequest):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[WhatsappUserConfig]: status, headers, raw body and parsed model.
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
    body: WhatsappUserConfigRequest,
) -> WhatsappUserConfig:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_update``)

    Args:
        org (str):
        id (int):
        body (WhatsappUserConfigRequest):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        WhatsappUserConfig
    """

    return (
        await asyncio_detailed(
            org,
            id,
            body=body,
            client=client,
        )
    ).unwrap()
