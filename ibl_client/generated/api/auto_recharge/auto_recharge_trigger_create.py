from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.auto_recharge_trigger_request import AutoRechargeTriggerRequest
from ...models.auto_recharge_trigger_response import AutoRechargeTriggerResponse
from ...types import UNSET, Unset

OPERATION_ID = "auto_recharge_trigger_create"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: AutoRechargeTriggerResponse,
}


def _get_kwargs(
    *,
    body: AutoRechargeTriggerRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto-recharge/trigger/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AutoRechargeTriggerResponse | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = AutoRechargeTriggerResponse.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: AutoRechargeTriggerRequest | Unset = UNSET,
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
    )


def sync(
    *,
    client: Client,
    body: AutoRechargeTriggerRequest | Unset = UNSET,
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
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: AutoRechargeTriggerRequest | Unset = UNSET,
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
    )


async def asyncio(
    *,
    client: AsyncClient,
    body: AutoRechargeTriggerRequest | Unset = UNSET,
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
            client=client,
        )
    ).unwrap()
