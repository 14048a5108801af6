from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credit_account_auto_recharge_update_request import (
    CreditAccountAutoRechargeUpdateRequest,
)
from ...models.credit_account_info import CreditAccountInfo
from ...types import UNSET, Unset

OPERATION_ID = "account_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CreditAccountInfo,
}


def _get_kwargs(
    *,
    body: CreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/account/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreditAccountInfo | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CreditAccountInfo.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    body: CreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> Response[CreditAccountInfo]:
    """Update auto-recharge preferences

    Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled, and/or
    auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are calculated: if
    only limit set, amount = 20% of limit; if only amount set, limit = 5x amount; if neither set,
    defaults are limit=20, amount=4. Pass platform_key in the request body to update platform
    settings.

    ``PUT /account/`` (operation ``account_update``)

    Args:
        body (CreditAccountAutoRechargeUpdateRequest | Unset): Partial update for CreditAccount
            auto-recharge fields.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CreditAccountInfo]: status, headers, raw body and parsed model.
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
    body: CreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> CreditAccountInfo:
    """Update auto-recharge preferences

    Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled, and/or
    auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are calculated: if
    only limit set, amount = 20% of limit; if only amount set, limit = 5x amount; if neither set,
    defaults are limit=20, amount=4. Pass platform_key in the request body to update platform
    settings.

    ``PUT /account/`` (operation ``account_update``)

    Args:
        body (CreditAccountAutoRechargeUpdateRequest | Unset): Partial update for CreditAccount
            auto-recharge fields.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CreditAccountInfo
    """

    return sync_detailed(
        body=body,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> Response[CreditAccountInfo]:
    """Update auto-recharge preferences

    Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled, and/or
    auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are calculated: if
    only limit set, amount = 20% of limit; if only amount set, limit = 5x amount; if neither set,
    defaults are limit=20, amount=4. Pass platform_key in the request body to update platform
    settings.

    ``PUT /account/`` (operation ``account_update``)

    Args:
        body (CreditAccountAutoRechargeUpdateRequest | Unset): Partial update for CreditAccount
            auto-recharge fields.

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CreditAccountInfo]: status, headers, raw body and parsed model.
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
    body: CreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> CreditAccountInfo:
    """Update auto-recharge preferences

    Update auto_recharge_threshold_usd, auto_recharge_amount_usd, auto_recharge_enabled, and/or
    auto_recharge_spending_limit_usd. When enabling auto-recharge, missing values are calculated: if
    only limit set, amount = 20% of limit; if only amount set, limit = 5x amount; if neither set,
    defaults are limit=20, amount=4. Pass platform_key in the request body to update platform
    settings.

    ``PUT /account/`` (operation ``account_update``)

    Args:
        body (CreditAccountAutoRechargeUpdateRequest | Unset): Partial update for CreditAccount
            auto-recharge fields.

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CreditAccountInfo
    """

    return (
        await asyncio_detailed(
            body=body,
            client=client,
        )
    ).unwrap()
