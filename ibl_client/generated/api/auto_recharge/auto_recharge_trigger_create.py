from collections.abc import Mapping
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...._validation import (
    nested,
    request_body,
)
from ...models.auto_recharge_trigger_request import AutoRechargeTriggerRequest
from ...models.auto_recharge_trigger_response import AutoRechargeTriggerResponse
from ...types import UNSET, Body, Headers, Query, Timeout, Unset

OPERATION_ID = "auto_recharge_trigger_create"


def _get_kwargs(
    *,
    body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto-recharge/trigger/",
    }

    if isinstance(body, Mapping):
        body = request_body(OPERATION_ID, AutoRechargeTriggerRequest, body)

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AutoRechargeTriggerResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = nested("response_200", AutoRechargeTriggerResponse, response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AutoRechargeTriggerResponse]:
    """Trigger auto-recharge or manual top-up

    With amount_usd: manual top-up (charge that amount, add credits; no threshold/limit/cooldown).
    Without amount_usd: run auto-recharge once if enabled and balance below threshold. Returns 400
    if skipped or failed (e.g. no payment method, cooldown). Pass platform_key in request body.

    ``POST /auto-recharge/trigger/`` (operation ``auto_recharge_trigger_create``)

    Args:
        body (AutoRechargeTriggerRequest | Unset): Request schema for POST auto-recharge/trigger/.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AutoRechargeTriggerResponse]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


def sync(
    *,
    client: Client,
    body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AutoRechargeTriggerResponse:
    """Trigger auto-recharge or manual top-up

    With amount_usd: manual top-up (charge that amount, add credits; no threshold/limit/cooldown).
    Without amount_usd: run auto-recharge once if enabled and balance below threshold. Returns 400
    if skipped or failed (e.g. no payment method, cooldown). Pass platform_key in request body.

    ``POST /auto-recharge/trigger/`` (operation ``auto_recharge_trigger_create``)

    Args:
        body (AutoRechargeTriggerRequest | Unset): Request schema for POST auto-recharge/trigger/.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AutoRechargeTriggerResponse
    """

    return sync_detailed(
        body=body,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> Response[AutoRechargeTriggerResponse]:
    """Trigger auto-recharge or manual top-up

    With amount_usd: manual top-up (charge that amount, add credits; no threshold/limit/cooldown).
    Without amount_usd: run auto-recharge once if enabled and balance below threshold. Returns 400
    if skipped or failed (e.g. no payment method, cooldown). Pass platform_key in request body.

    ``POST /auto-recharge/trigger/`` (operation ``auto_recharge_trigger_create``)

    Args:
        body (AutoRechargeTriggerRequest | Unset): Request schema for POST auto-recharge/trigger/.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[AutoRechargeTriggerResponse]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            body=body,
        ),
        _parse_response,
        extra_query=extra_query,
        extra_headers=extra_headers,
        extra_body=extra_body,
        timeout=timeout,
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
    extra_query: Query | None = None,
    extra_headers: Headers | None = None,
    extra_body: Body | None = None,
    timeout: Timeout | Unset = UNSET,
) -> AutoRechargeTriggerResponse:
    """Trigger auto-recharge or manual top-up

    With amount_usd: manual top-up (charge that amount, add credits; no threshold/limit/cooldown).
    Without amount_usd: run auto-recharge once if enabled and balance below threshold. Returns 400
    if skipped or failed (e.g. no payment method, cooldown). Pass platform_key in request body.

    ``POST /auto-recharge/trigger/`` (operation ``auto_recharge_trigger_create``)

    Args:
        body (AutoRechargeTriggerRequest | Unset): Request schema for POST auto-recharge/trigger/.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        AutoRechargeTriggerResponse
    """

    return (
        await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=client,
        )
    ).unwrap()
