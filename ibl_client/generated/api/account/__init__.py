"""Operations tagged ``account`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAccountApi` / `AccountApi`, reached as
``client.account``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.credit_account_auto_recharge_update_request import (
        CreditAccountAutoRechargeUpdateRequest,
    )
    from ...models.credit_account_info import CreditAccountInfo
    from ...models.patched_credit_account_auto_recharge_update_request import (
        PatchedCreditAccountAutoRechargeUpdateRequest,
    )
    from ...types import UNSET, Unset


class AsyncAccountApi:
    """The ``account`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def account_retrieve(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """Get credit account information

        Return display credits (available_credits, has_credits, account_id) and auto-recharge settings.
        Pass platform_key (or key) to see platform balance if you are a platform admin.

        ``GET /account/`` (operation ``account_retrieve``)

        Args:
            platform_key (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CreditAccountInfo
        """

        from .account_retrieve import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def account_retrieve_detailed(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """Like `account_retrieve`, returning the whole `Response` and raising no status error."""
        from .account_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def account_update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from .account_update import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def account_update_detailed(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """Like `account_update`, returning the whole `Response` and raising no status error."""
        from .account_update import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def account_partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
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

        from .account_partial_update import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def account_partial_update_detailed(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """Like `account_partial_update`, returning the whole `Response` and raising no status error."""
        from .account_partial_update import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class AccountApi:
    """The ``account`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def account_retrieve(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """See `AsyncAccountApi.account_retrieve`."""
        from .account_retrieve import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def account_retrieve_detailed(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """See `AsyncAccountApi.account_retrieve_detailed`."""
        from .account_retrieve import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def account_update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """See `AsyncAccountApi.account_update`."""
        from .account_update import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def account_update_detailed(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """See `AsyncAccountApi.account_update_detailed`."""
        from .account_update import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def account_partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """See `AsyncAccountApi.account_partial_update`."""
        from .account_partial_update import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def account_partial_update_detailed(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """See `AsyncAccountApi.account_partial_update_detailed`."""
        from .account_partial_update import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
