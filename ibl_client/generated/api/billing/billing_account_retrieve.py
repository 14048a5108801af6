from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credit_account_info import CreditAccountInfo
from ...types import UNSET, Unset

OPERATION_ID = "billing_account_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CreditAccountInfo,
}


def _get_kwargs(
    *,
    platform_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/billing/account/",
        "params": params,
    }
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
    platform_key: str | Unset = UNSET,
) -> Response[CreditAccountInfo]:
    """Get credit account information

    Return display credits (available_credits, has_credits, account_id) and auto-recharge settings.
    Pass platform_key (or key) to see platform balance if you are a platform admin.

    ``GET /api/billing/account/`` (operation ``billing_account_retrieve``)

    Args:
        platform_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CreditAccountInfo]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key=platform_key,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    platform_key: str | Unset = UNSET,
) -> CreditAccountInfo:
    """Get credit account information

    Return display credits (available_credits, has_credits, account_id) and auto-recharge settings.
    Pass platform_key (or key) to see platform balance if you are a platform admin.

    ``GET /api/billing/account/`` (operation ``billing_account_retrieve``)

    Args:
        platform_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CreditAccountInfo
    """

    return sync_detailed(
        platform_key=platform_key,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    platform_key: str | Unset = UNSET,
) -> Response[CreditAccountInfo]:
    """Get credit account information

    Return display credits (available_credits, has_credits, account_id) and auto-recharge settings.
    Pass platform_key (or key) to see platform balance if you are a platform admin.

    ``GET /api/billing/account/`` (operation ``billing_account_retrieve``)

    Args:
        platform_key (str | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CreditAccountInfo]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            platform_key=platform_key,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    platform_key: str | Unset = UNSET,
) -> CreditAccountInfo:
    """Get credit account information

    Return display credits (available_credits, has_credits, account_id) and auto-recharge settings.
    Pass platform_key (or key) to see platform balance if you are a platform admin.

    ``GET /api/billing/account/`` (operation ``billing_account_retrieve``)

    Args:
        platform_key (str | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CreditAccountInfo
    """

    return (
        await asyncio_detailed(
            platform_key=platform_key,
            client=client,
        )
    ).unwrap()
