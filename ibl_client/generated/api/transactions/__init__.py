"""Operations tagged ``transactions`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncTransactionsApi` / `TransactionsApi`, reached as
``client.transactions``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.credit_transaction_history import CreditTransactionHistory
    from ...models.transactions_retrieve_transaction_type import (
        TransactionsRetrieveTransactionType,
        check_transactions_retrieve_transaction_type,
    )
    from ...types import UNSET, Unset


class AsyncTransactionsApi:
    """The ``transactions`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def transactions_retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from .transactions_retrieve import asyncio

        return await asyncio(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def transactions_retrieve_detailed(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditTransactionHistory]:
        """Like `transactions_retrieve`, returning the whole `Response` and raising no status error."""
        from .transactions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class TransactionsApi:
    """The ``transactions`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def transactions_retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditTransactionHistory:
        """See `AsyncTransactionsApi.transactions_retrieve`."""
        from .transactions_retrieve import sync

        return sync(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def transactions_retrieve_detailed(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditTransactionHistory]:
        """See `AsyncTransactionsApi.transactions_retrieve_detailed`."""
        from .transactions_retrieve import sync_detailed

        return sync_detailed(
            from_date=from_date,
            platform_key=platform_key,
            to_date=to_date,
            transaction_type=transaction_type,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
