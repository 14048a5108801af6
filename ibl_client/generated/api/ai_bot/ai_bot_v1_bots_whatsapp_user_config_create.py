from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.whatsapp_user_config import WhatsappUserConfig
from ...models.whatsapp_user_config_request import WhatsappUserConfigRequest
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_bot_v1_bots_whatsapp_user_config_create"


def _get_kwargs(
    org: str,
    *,
    body: WhatsappUserConfigRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-bot/v1/bots/{org}/whatsapp-user-config/".format(
            org=quote(str(org), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, WhatsappUserConfigRequest, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WhatsappUserConfig | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 201:
        response_201 = nested("response_201", WhatsappUserConfig, response.json())

        return response_201

    return None


def sync_detailed(
    org: str,
    *,
    client: Client,
    body: WhatsappUserConfigRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[WhatsappUserConfig]:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``POST /api/ai-bot/v1/bots/{org}/whatsapp-user-config/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_create``)

    Args:
        org (str):
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
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    org: str,
    *,
    client: Client,
    body: WhatsappUserConfigRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> WhatsappUserConfig:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``POST /api/ai-bot/v1/bots/{org}/whatsapp-user-config/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_create``)

    Args:
        org (str):
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
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    *,
    client: AsyncClient,
    body: WhatsappUserConfigRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[WhatsappUserConfig]:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``POST /api/ai-bot/v1/bots/{org}/whatsapp-user-config/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_create``)

    Args:
        org (str):
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
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    org: str,
    *,
    client: AsyncClient,
    body: WhatsappUserConfigRequest | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> WhatsappUserConfig:
    """Setup phone number linkage with whatsapp bots This phone number will be used to authenticate and
    allow access to whatsapp bots.

    ``POST /api/ai-bot/v1/bots/{org}/whatsapp-user-config/`` (operation ``ai_bot_v1_bots_whatsapp_user_config_create``)

    Args:
        org (str):
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
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
