from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credit_account_info import CreditAccountInfo
from ...models.patched_credit_account_auto_recharge_update_request import (
    PatchedCreditAccountAutoRechargeUpdateRequest,
)
from ...types import UNSET, Unset

OPERATION_ID = "account_partial_update"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CreditAccountInfo,
}


def _get_kwargs(
    *,
    body: PatchedCreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
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
    body: PatchedCreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> Response[CreditAccountInfo]:
    """Partially update auto-recharge preferences

    Same as PUT; partial update of auto-recharge fields.

    ``PATCH /account/`` (operation ``account_partial_update``)

    Args:
        body (PatchedCreditAccountAutoRechargeUpdateRequest | Unset): Partial update for
            CreditAccount auto-recharge fields.

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
    body: PatchedCreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> CreditAccountInfo:
    """Partially update auto-recharge preferences

    Same as PUT; partial update of auto-recharge fields.

    ``PATCH /account/`` (operation ``account_partial_update``)

    Args:
        body (PatchedCreditAccountAutoRechargeUpdateRequest | Unset): Partial update for
            CreditAccount auto-recharge fields.

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
    body: PatchedCreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> Response[CreditAccountInfo]:
    """Partially update auto-recharge preferences

    Same as PUT; partial update of auto-recharge fields.

    ``PATCH /account/`` (operation ``account_partial_update``)

    Args:
        body (PatchedCreditAccountAutoRechargeUpdateRequest | Unset): Partial update for
            CreditAccount auto-recharge fields.

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
    body: PatchedCreditAccountAutoRechargeUpdateRequest | Unset = UNSET,
) -> CreditAccountInfo:
    """Partially update auto-recharge preferences

    Same as PUT; partial update of auto-recharge fields.

    ``PATCH /account/`` (operation ``account_partial_update``)

    Args:
        body (PatchedCreditAccountAutoRechargeUpdateRequest | Unset): Partial update for
            CreditAccount auto-recharge fields.

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
