import datetime
from typing import Any

import httpx

from ...._client import AsyncClient, Client
from ...._response import Response
from ...models.credit_transaction_history import CreditTransactionHistory
from ...models.transactions_retrieve_transaction_type import (
    TransactionsRetrieveTransactionType,
)
from ...types import UNSET, Unset

OPERATION_ID = "transactions_retrieve"

#: The model each 2xx status's body is parsed into; ibl_client/_decode.py decodes these with
#: msgspec, and falls back on `_parse_response` for a body it refuses.
RESPONSE_TYPES = {
    200: CreditTransactionHistory,
}


def _get_kwargs(
    *,
    from_date: datetime.date | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["from_date"] = json_from_date

    params["platform_key"] = platform_key

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["to_date"] = json_to_date

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type

    params["transaction_type"] = json_transaction_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/",
        "params": params,
    }
    return _kwargs


def _parse_response(response: httpx.Response) -> CreditTransactionHistory | None:
    """Parse a 2xx body into its declared model (the layer calls this for 2xx only)."""
    if response.status_code == 200:
        response_200 = CreditTransactionHistory.from_dict(response.json())

        return response_200

    return None


def sync_detailed(
    *,
    client: Client,
    from_date: datetime.date | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
) -> Response[CreditTransactionHistory]:
    """List transaction history

    Paginated transaction history for the credit account. Use platform_key query param to list
    platform account transactions (if permitted). Filter by transaction_type, from_date (YYYY-MM-
    DD), to_date (YYYY-MM-DD).

    ``GET /transactions/`` (operation ``transactions_retrieve``)

    Args:
        from_date (datetime.date | Unset):
        platform_key (str | Unset):
        to_date (datetime.date | Unset):
        transaction_type (TransactionsRetrieveTransactionType | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CreditTransactionHistory]: status, headers, raw body and parsed model.
    """

    return client._send(
        OPERATION_ID,
        _get_kwargs(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
        ),
        _parse_response,
    )


def sync(
    *,
    client: Client,
    from_date: datetime.date | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
) -> CreditTransactionHistory:
    """List transaction history

    Paginated transaction history for the credit account. Use platform_key query param to list
    platform account transactions (if permitted). Filter by transaction_type, from_date (YYYY-MM-
    DD), to_date (YYYY-MM-DD).

    ``GET /transactions/`` (operation ``transactions_retrieve``)

    Args:
        from_date (datetime.date | Unset):
        platform_key (str | Unset):
        to_date (datetime.date | Unset):
        transaction_type (TransactionsRetrieveTransactionType | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CreditTransactionHistory
    """

    return sync_detailed(
        from_date=from_date,
        platform_key=platform_key,
        to_date=to_date,
        transaction_type=transaction_type,
        client=client,
    ).unwrap()


async def asyncio_detailed(
    *,
    client: AsyncClient,
    from_date: datetime.date | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
) -> Response[CreditTransactionHistory]:
    """List transaction history

    Paginated transaction history for the credit account. Use platform_key query param to list
    platform account transactions (if permitted). Filter by transaction_type, from_date (YYYY-MM-
    DD), to_date (YYYY-MM-DD).

    ``GET /transactions/`` (operation ``transactions_retrieve``)

    Args:
        from_date (datetime.date | Unset):
        platform_key (str | Unset):
        to_date (datetime.date | Unset):
        transaction_type (TransactionsRetrieveTransactionType | Unset):

    Raises:
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        Response[CreditTransactionHistory]: status, headers, raw body and parsed model.
    """

    return await client._send(
        OPERATION_ID,
        _get_kwargs(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
        ),
        _parse_response,
    )


async def asyncio(
    *,
    client: AsyncClient,
    from_date: datetime.date | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
) -> CreditTransactionHistory:
    """List transaction history

    Paginated transaction history for the credit account. Use platform_key query param to list
    platform account transactions (if permitted). Filter by transaction_type, from_date (YYYY-MM-
    DD), to_date (YYYY-MM-DD).

    ``GET /transactions/`` (operation ``transactions_retrieve``)

    Args:
        from_date (datetime.date | Unset):
        platform_key (str | Unset):
        to_date (datetime.date | Unset):
        transaction_type (TransactionsRetrieveTransactionType | Unset):

    Raises:
        ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
        ibl_client.APIConnectionError: If the server could not be reached (after retries).
        ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

    Returns:
        CreditTransactionHistory
    """

    return (
        await asyncio_detailed(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
            client=client,
        )
    ).unwrap()
