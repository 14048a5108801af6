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
from ...models.slack_webhook import SlackWebhook
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "ai_bot_v1_bots_webhooks_slack_create"


def _get_kwargs(
    org: str,
    name: str,
    *,
    body: SlackWebhook | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/".format(
            org=quote(str(org), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, SlackWebhook, body)

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SlackWebhook | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", SlackWebhook, response.json())

        return response_200

    return None


def sync_detailed(
    org: str,
    name: str,
    *,
    client: Client,
    body: SlackWebhook | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[SlackWebhook]:
    """``POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/`` (operation ``ai_bot_v1_bots_webhooks_slack_create``)

    Args:
        org (str):
        name (str):
        body (SlackWebhook):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SlackWebhook]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name,
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
    name: str,
    *,
    client: Client,
    body: SlackWebhook | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> SlackWebhook:
    """``POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/`` (operation ``ai_bot_v1_bots_webhooks_slack_create``)

    Args:
        org (str):
        name (str):
        body (SlackWebhook):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SlackWebhook
    """

    return sync_detailed(
        org,
        name,
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    org: str,
    name: str,
    *,
    client: AsyncClient,
    body: SlackWebhook | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[SlackWebhook]:
    """``POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/`` (operation ``ai_bot_v1_bots_webhooks_slack_create``)

    Args:
        org (str):
        name (str):
        body (SlackWebhook):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[SlackWebhook]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            org,
            name,
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
    name: str,
    *,
    client: AsyncClient,
    body: SlackWebhook | Mapping[str, Any],
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> SlackWebhook:
    """``POST /api/ai-bot/v1/bots/webhooks/{org}/slack/{name}/`` (operation ``ai_bot_v1_bots_webhooks_slack_create``)

    Args:
        org (str):
        name (str):
        body (SlackWebhook):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        SlackWebhook
    """

    return (
        await asyncio_detailed(
            org,
            name,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
