"""Operations tagged ``billing`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncBillingApi` / `BillingApi`, reached as
``client.billing``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    import datetime
    from typing import cast
    from uuid import UUID

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.auto_recharge_trigger_request import AutoRechargeTriggerRequest
    from ...models.auto_recharge_trigger_response import AutoRechargeTriggerResponse
    from ...models.billing_platforms_items_subscribers_list_status import (
        BillingPlatformsItemsSubscribersListStatus,
        check_billing_platforms_items_subscribers_list_status,
    )
    from ...models.billing_platforms_my_subscriptions_list_item_type import (
        BillingPlatformsMySubscriptionsListItemType,
        check_billing_platforms_my_subscriptions_list_item_type,
    )
    from ...models.billing_platforms_my_subscriptions_list_status import (
        BillingPlatformsMySubscriptionsListStatus,
        check_billing_platforms_my_subscriptions_list_status,
    )
    from ...models.billing_platforms_paywalls_list_item_type import (
        BillingPlatformsPaywallsListItemType,
        check_billing_platforms_paywalls_list_item_type,
    )
    from ...models.billing_platforms_subscribers_list_item_type import (
        BillingPlatformsSubscribersListItemType,
        check_billing_platforms_subscribers_list_item_type,
    )
    from ...models.billing_platforms_subscribers_list_status import (
        BillingPlatformsSubscribersListStatus,
        check_billing_platforms_subscribers_list_status,
    )
    from ...models.billing_transactions_retrieve_transaction_type import (
        BillingTransactionsRetrieveTransactionType,
        check_billing_transactions_retrieve_transaction_type,
    )
    from ...models.checkout_session_create import CheckoutSessionCreate
    from ...models.checkout_session_response import CheckoutSessionResponse
    from ...models.credit_account_auto_recharge_update_request import (
        CreditAccountAutoRechargeUpdateRequest,
    )
    from ...models.credit_account_info import CreditAccountInfo
    from ...models.credit_transaction_history import CreditTransactionHistory
    from ...models.error_detail import ErrorDetail
    from ...models.item_access_check_response import ItemAccessCheckResponse
    from ...models.item_paywall_config import ItemPaywallConfig
    from ...models.item_paywall_config_create import ItemPaywallConfigCreate
    from ...models.item_price import ItemPrice
    from ...models.item_price_create import ItemPriceCreate
    from ...models.item_subscription import ItemSubscription
    from ...models.item_subscription_list import ItemSubscriptionList
    from ...models.paginated_item_paywall_config_list import PaginatedItemPaywallConfigList
    from ...models.paginated_item_subscription_list import PaginatedItemSubscriptionList
    from ...models.paginated_item_subscription_list_list import PaginatedItemSubscriptionListList
    from ...models.patched_credit_account_auto_recharge_update_request import (
        PatchedCreditAccountAutoRechargeUpdateRequest,
    )
    from ...models.platform_revenue_summary import PlatformRevenueSummary
    from ...models.portal_url_response import PortalUrlResponse
    from ...models.public_item_pricing import PublicItemPricing
    from ...types import UNSET, Unset


class AsyncBillingApi:
    """The ``billing`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def billing_access_check_retrieve(
        self,
        item_type: str,
        item_id: str,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item.

        ``GET /api/billing/access-check/{item_type}/{item_id}/`` (operation ``billing_access_check_retrieve``)

        Args:
            item_type (str):
            item_id (str):
            platform_key (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemAccessCheckResponse
        """

        from .billing_access_check_retrieve import asyncio

        return await asyncio(
            item_type,
            item_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_access_check_retrieve_detailed(
        self,
        item_type: str,
        item_id: str,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemAccessCheckResponse]:
        """Like `billing_access_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_access_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            item_type,
            item_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_account_retrieve(
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

        from .billing_account_retrieve import asyncio

        return await asyncio(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_account_retrieve_detailed(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """Like `billing_account_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_account_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_account_update(
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

        ``PUT /api/billing/account/`` (operation ``billing_account_update``)

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

        from .billing_account_update import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_account_update_detailed(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """Like `billing_account_update`, returning the whole `Response` and raising no status error."""
        from .billing_account_update import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_account_partial_update(
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

        ``PATCH /api/billing/account/`` (operation ``billing_account_partial_update``)

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

        from .billing_account_partial_update import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_account_partial_update_detailed(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """Like `billing_account_partial_update`, returning the whole `Response` and raising no status error."""
        from .billing_account_partial_update import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_auto_recharge_trigger_create(
        self,
        *,
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

        ``POST /api/billing/auto-recharge/trigger/`` (operation ``billing_auto_recharge_trigger_create``)

        Args:
            body (AutoRechargeTriggerRequest | Unset): Request schema for POST auto-recharge/trigger/.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AutoRechargeTriggerResponse
        """

        from .billing_auto_recharge_trigger_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_auto_recharge_trigger_create_detailed(
        self,
        *,
        body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AutoRechargeTriggerResponse]:
        """Like `billing_auto_recharge_trigger_create`, returning the whole `Response` and raising no status error."""
        from .billing_auto_recharge_trigger_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_access_check_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemAccessCheckResponse:
        """Check whether the authenticated user has payment access to an item on a scoped platform.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/access-check/`` (operation ``billing_platforms_items_access_check_retrieve``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemAccessCheckResponse
        """

        from .billing_platforms_items_access_check_retrieve import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_access_check_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemAccessCheckResponse]:
        """Like `billing_platforms_items_access_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_access_check_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_callback_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Handle checkout callback

        Stripe redirects here after checkout. Processes the completed session and redirects to the
        return URL.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/`` (operation ``billing_platforms_items_checkout_callback_retrieve``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            return_url (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .billing_platforms_items_checkout_callback_retrieve import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_callback_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `billing_platforms_items_checkout_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_checkout_callback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_callback_retrieve2(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        checkout_session_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Handle checkout callback

        Stripe redirects here after checkout. Processes the completed session and redirects to the
        return URL.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/{checkout_session_id}/`` (operation ``billing_platforms_items_checkout_callback_retrieve2``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            checkout_session_id (str):
            return_url (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .billing_platforms_items_checkout_callback_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            checkout_session_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_callback_retrieve2_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        checkout_session_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `billing_platforms_items_checkout_callback_retrieve2`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_checkout_callback_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            checkout_session_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_guest_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CheckoutSessionResponse:
        """Create guest checkout session

        Create a Stripe checkout session for a guest user (email required).

        ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-guest/`` (operation ``billing_platforms_items_checkout_guest_create``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            body (CheckoutSessionCreate):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CheckoutSessionResponse
        """

        from .billing_platforms_items_checkout_guest_create import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_guest_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CheckoutSessionResponse]:
        """Like `billing_platforms_items_checkout_guest_create`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_checkout_guest_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CheckoutSessionResponse:
        """Create checkout session

        Create a Stripe checkout session for an authenticated user to purchase or subscribe to an item.

        ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout/`` (operation ``billing_platforms_items_checkout_create``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            body (CheckoutSessionCreate):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CheckoutSessionResponse
        """

        from .billing_platforms_items_checkout_create import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_checkout_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CheckoutSessionResponse]:
        """Like `billing_platforms_items_checkout_create`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_checkout_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPaywallConfig:
        """Get paywall configuration

        Retrieve the paywall configuration for an item. Returns default (disabled) config if none
        exists.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_retrieve``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemPaywallConfig
        """

        from .billing_platforms_items_paywall_retrieve import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPaywallConfig]:
        """Like `billing_platforms_items_paywall_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_update(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPaywallConfig:
        """Update paywall configuration

        Same as POST. Update the paywall configuration for an item.

        ``PUT /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_update``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            body (ItemPaywallConfigCreate | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemPaywallConfig
        """

        from .billing_platforms_items_paywall_update import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_update_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPaywallConfig]:
        """Like `billing_platforms_items_paywall_update`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPaywallConfig:
        """Create or update paywall configuration

        Enable or configure the paywall for an item. Creates a Stripe product on first enable.

        ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_create``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            body (ItemPaywallConfigCreate | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemPaywallConfig
        """

        from .billing_platforms_items_paywall_create import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPaywallConfig]:
        """Like `billing_platforms_items_paywall_create`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_destroy(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Disable paywall configuration

        Disable the paywall for an item. Does not delete the configuration.

        ``DELETE /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``billing_platforms_items_paywall_destroy``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .billing_platforms_items_paywall_destroy import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_destroy_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `billing_platforms_items_paywall_destroy`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_list(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[ItemPrice]:
        """List prices

        List active prices for an item's paywall configuration.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``billing_platforms_items_paywall_prices_list``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ItemPrice]
        """

        from .billing_platforms_items_paywall_prices_list import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_list_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[ItemPrice]]:
        """Like `billing_platforms_items_paywall_prices_list`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_prices_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPrice:
        """Create a price

        Create a new price tier for an item. Requires paywall to be enabled and Stripe Connect account
        ready.

        ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``billing_platforms_items_paywall_prices_create``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            body (ItemPriceCreate):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemPrice
        """

        from .billing_platforms_items_paywall_prices_create import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPrice]:
        """Like `billing_platforms_items_paywall_prices_create`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_prices_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPrice:
        """Get price details

        Retrieve a specific price by ID.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``billing_platforms_items_paywall_prices_retrieve``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            price_id (UUID):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemPrice
        """

        from .billing_platforms_items_paywall_prices_retrieve import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPrice]:
        """Like `billing_platforms_items_paywall_prices_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_prices_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_update(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPrice:
        """Update a price

        Update a price tier. If pricing fields change and a Stripe price exists, a new Stripe price is
        created and the old one deactivated.

        ``PUT /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``billing_platforms_items_paywall_prices_update``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            price_id (UUID):
            body (ItemPriceCreate):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemPrice
        """

        from .billing_platforms_items_paywall_prices_update import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_update_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPrice]:
        """Like `billing_platforms_items_paywall_prices_update`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_prices_update import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_destroy(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete a price

        Soft-delete a price tier and deactivate the corresponding Stripe price.

        ``DELETE /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``billing_platforms_items_paywall_prices_destroy``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            price_id (UUID):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .billing_platforms_items_paywall_prices_destroy import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_paywall_prices_destroy_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `billing_platforms_items_paywall_prices_destroy`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_paywall_prices_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_pricing_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PublicItemPricing:
        """Get public pricing

        Retrieve public pricing information for an item. No authentication required.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/pricing/`` (operation ``billing_platforms_items_pricing_retrieve``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PublicItemPricing
        """

        from .billing_platforms_items_pricing_retrieve import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_pricing_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PublicItemPricing]:
        """Like `billing_platforms_items_pricing_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_pricing_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_subscribers_list(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionList:
        """List item subscribers

        List all subscribers for an item. Optionally filter by subscription status.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/`` (operation ``billing_platforms_items_subscribers_list``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            page (int | Unset):
            page_size (int | Unset):
            status (BillingPlatformsItemsSubscribersListStatus | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemSubscriptionList
        """

        from .billing_platforms_items_subscribers_list import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_subscribers_list_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionList]:
        """Like `billing_platforms_items_subscribers_list`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_subscribers_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscribers_list_iter(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemSubscription]:
        """Every `ItemSubscription` of `billing_platforms_items_subscribers_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .billing_platforms_items_subscribers_list import asyncio

        return paginate(
            asyncio,
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def billing_platforms_items_subscription_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemSubscription:
        """Get user subscription

        Retrieve the current user's subscription to an item.

        ``GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/`` (operation ``billing_platforms_items_subscription_retrieve``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ItemSubscription
        """

        from .billing_platforms_items_subscription_retrieve import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_subscription_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemSubscription]:
        """Like `billing_platforms_items_subscription_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_subscription_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_subscription_cancel_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PortalUrlResponse:
        """Cancel subscription

        Cancel the current user's subscription. Returns a Stripe customer portal URL for recurring
        subscriptions, or cancels directly for one-time purchases.

        ``POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/`` (operation ``billing_platforms_items_subscription_cancel_create``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PortalUrlResponse
        """

        from .billing_platforms_items_subscription_cancel_create import asyncio

        return await asyncio(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_items_subscription_cancel_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PortalUrlResponse]:
        """Like `billing_platforms_items_subscription_cancel_create`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_items_subscription_cancel_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_my_subscriptions_list(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """List user subscriptions

        Paginated list of the current user's subscriptions on a platform. Optionally filter by status or
        item_type.

        ``GET /api/billing/platforms/{platform_key}/my-subscriptions/`` (operation ``billing_platforms_my_subscriptions_list``)

        Args:
            platform_key (str):
            item_type (BillingPlatformsMySubscriptionsListItemType | Unset):
            page (int | Unset):
            page_size (int | Unset):
            status (BillingPlatformsMySubscriptionsListStatus | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemSubscriptionListList
        """

        from .billing_platforms_my_subscriptions_list import asyncio

        return await asyncio(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_my_subscriptions_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """Like `billing_platforms_my_subscriptions_list`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_my_subscriptions_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_my_subscriptions_list_iter(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemSubscriptionList]:
        """Every `ItemSubscriptionList` of `billing_platforms_my_subscriptions_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .billing_platforms_my_subscriptions_list import asyncio

        return paginate(
            asyncio,
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def billing_platforms_paywalls_list(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemPaywallConfigList:
        """List all platform paywall configurations

        Paginated list of all item paywall configurations on a platform. Filterable by item_type and
        is_enabled.

        ``GET /api/billing/platforms/{platform_key}/paywalls/`` (operation ``billing_platforms_paywalls_list``)

        Args:
            platform_key (str):
            is_enabled (bool | Unset):
            item_type (BillingPlatformsPaywallsListItemType | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemPaywallConfigList
        """

        from .billing_platforms_paywalls_list import asyncio

        return await asyncio(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_paywalls_list_detailed(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemPaywallConfigList]:
        """Like `billing_platforms_paywalls_list`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_paywalls_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_paywalls_list_iter(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemPaywallConfig]:
        """Every `ItemPaywallConfig` of `billing_platforms_paywalls_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .billing_platforms_paywalls_list import asyncio

        return paginate(
            asyncio,
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def billing_platforms_revenue_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformRevenueSummary:
        """Platform sales summary

        Aggregate sales volume and count for a platform across all item types.

        ``GET /api/billing/platforms/{platform_key}/revenue/`` (operation ``billing_platforms_revenue_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformRevenueSummary
        """

        from .billing_platforms_revenue_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_revenue_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformRevenueSummary]:
        """Like `billing_platforms_revenue_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_revenue_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_subscribers_list(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """List all platform subscribers

        Paginated list of all subscribers across all items on a platform. Filterable by status and
        item_type.

        ``GET /api/billing/platforms/{platform_key}/subscribers/`` (operation ``billing_platforms_subscribers_list``)

        Args:
            platform_key (str):
            item_type (BillingPlatformsSubscribersListItemType | Unset):
            page (int | Unset):
            page_size (int | Unset):
            status (BillingPlatformsSubscribersListStatus | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemSubscriptionListList
        """

        from .billing_platforms_subscribers_list import asyncio

        return await asyncio(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def billing_platforms_subscribers_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """Like `billing_platforms_subscribers_list`, returning the whole `Response` and raising no status error."""
        from .billing_platforms_subscribers_list import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_subscribers_list_iter(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemSubscriptionList]:
        """Every `ItemSubscriptionList` of `billing_platforms_subscribers_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .billing_platforms_subscribers_list import asyncio

        return paginate(
            asyncio,
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    async def billing_transactions_retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: BillingTransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditTransactionHistory:
        """List transaction history

        Paginated transaction history for the credit account. Use platform_key query param to list
        platform account transactions (if permitted). Filter by transaction_type, from_date (YYYY-MM-
        DD), to_date (YYYY-MM-DD).

        ``GET /api/billing/transactions/`` (operation ``billing_transactions_retrieve``)

        Args:
            from_date (datetime.date | Unset):
            platform_key (str | Unset):
            to_date (datetime.date | Unset):
            transaction_type (BillingTransactionsRetrieveTransactionType | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            CreditTransactionHistory
        """

        from .billing_transactions_retrieve import asyncio

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

    async def billing_transactions_retrieve_detailed(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: BillingTransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditTransactionHistory]:
        """Like `billing_transactions_retrieve`, returning the whole `Response` and raising no status error."""
        from .billing_transactions_retrieve import asyncio_detailed

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


class BillingApi:
    """The ``billing`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def billing_access_check_retrieve(
        self,
        item_type: str,
        item_id: str,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemAccessCheckResponse:
        """See `AsyncBillingApi.billing_access_check_retrieve`."""
        from .billing_access_check_retrieve import sync

        return sync(
            item_type,
            item_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_access_check_retrieve_detailed(
        self,
        item_type: str,
        item_id: str,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemAccessCheckResponse]:
        """See `AsyncBillingApi.billing_access_check_retrieve_detailed`."""
        from .billing_access_check_retrieve import sync_detailed

        return sync_detailed(
            item_type,
            item_id,
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_account_retrieve(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """See `AsyncBillingApi.billing_account_retrieve`."""
        from .billing_account_retrieve import sync

        return sync(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_account_retrieve_detailed(
        self,
        *,
        platform_key: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """See `AsyncBillingApi.billing_account_retrieve_detailed`."""
        from .billing_account_retrieve import sync_detailed

        return sync_detailed(
            platform_key=platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_account_update(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """See `AsyncBillingApi.billing_account_update`."""
        from .billing_account_update import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_account_update_detailed(
        self,
        *,
        body: CreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """See `AsyncBillingApi.billing_account_update_detailed`."""
        from .billing_account_update import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_account_partial_update(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditAccountInfo:
        """See `AsyncBillingApi.billing_account_partial_update`."""
        from .billing_account_partial_update import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_account_partial_update_detailed(
        self,
        *,
        body: PatchedCreditAccountAutoRechargeUpdateRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditAccountInfo]:
        """See `AsyncBillingApi.billing_account_partial_update_detailed`."""
        from .billing_account_partial_update import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_auto_recharge_trigger_create(
        self,
        *,
        body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AutoRechargeTriggerResponse:
        """See `AsyncBillingApi.billing_auto_recharge_trigger_create`."""
        from .billing_auto_recharge_trigger_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_auto_recharge_trigger_create_detailed(
        self,
        *,
        body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AutoRechargeTriggerResponse]:
        """See `AsyncBillingApi.billing_auto_recharge_trigger_create_detailed`."""
        from .billing_auto_recharge_trigger_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_access_check_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemAccessCheckResponse:
        """See `AsyncBillingApi.billing_platforms_items_access_check_retrieve`."""
        from .billing_platforms_items_access_check_retrieve import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_access_check_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemAccessCheckResponse]:
        """See `AsyncBillingApi.billing_platforms_items_access_check_retrieve_detailed`."""
        from .billing_platforms_items_access_check_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_callback_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncBillingApi.billing_platforms_items_checkout_callback_retrieve`."""
        from .billing_platforms_items_checkout_callback_retrieve import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_callback_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncBillingApi.billing_platforms_items_checkout_callback_retrieve_detailed`."""
        from .billing_platforms_items_checkout_callback_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_callback_retrieve2(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        checkout_session_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncBillingApi.billing_platforms_items_checkout_callback_retrieve2`."""
        from .billing_platforms_items_checkout_callback_retrieve2 import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            checkout_session_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_callback_retrieve2_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        checkout_session_id: str,
        *,
        return_url: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncBillingApi.billing_platforms_items_checkout_callback_retrieve2_detailed`."""
        from .billing_platforms_items_checkout_callback_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            checkout_session_id,
            return_url=return_url,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_guest_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CheckoutSessionResponse:
        """See `AsyncBillingApi.billing_platforms_items_checkout_guest_create`."""
        from .billing_platforms_items_checkout_guest_create import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_guest_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CheckoutSessionResponse]:
        """See `AsyncBillingApi.billing_platforms_items_checkout_guest_create_detailed`."""
        from .billing_platforms_items_checkout_guest_create import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CheckoutSessionResponse:
        """See `AsyncBillingApi.billing_platforms_items_checkout_create`."""
        from .billing_platforms_items_checkout_create import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_checkout_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: CheckoutSessionCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CheckoutSessionResponse]:
        """See `AsyncBillingApi.billing_platforms_items_checkout_create_detailed`."""
        from .billing_platforms_items_checkout_create import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPaywallConfig:
        """See `AsyncBillingApi.billing_platforms_items_paywall_retrieve`."""
        from .billing_platforms_items_paywall_retrieve import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPaywallConfig]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_retrieve_detailed`."""
        from .billing_platforms_items_paywall_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_update(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPaywallConfig:
        """See `AsyncBillingApi.billing_platforms_items_paywall_update`."""
        from .billing_platforms_items_paywall_update import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_update_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPaywallConfig]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_update_detailed`."""
        from .billing_platforms_items_paywall_update import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPaywallConfig:
        """See `AsyncBillingApi.billing_platforms_items_paywall_create`."""
        from .billing_platforms_items_paywall_create import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPaywallConfigCreate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPaywallConfig]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_create_detailed`."""
        from .billing_platforms_items_paywall_create import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_destroy(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncBillingApi.billing_platforms_items_paywall_destroy`."""
        from .billing_platforms_items_paywall_destroy import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_destroy_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_destroy_detailed`."""
        from .billing_platforms_items_paywall_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_list(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[ItemPrice]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_list`."""
        from .billing_platforms_items_paywall_prices_list import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_list_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[ItemPrice]]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_list_detailed`."""
        from .billing_platforms_items_paywall_prices_list import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPrice:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_create`."""
        from .billing_platforms_items_paywall_prices_create import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPrice]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_create_detailed`."""
        from .billing_platforms_items_paywall_prices_create import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPrice:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_retrieve`."""
        from .billing_platforms_items_paywall_prices_retrieve import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPrice]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_retrieve_detailed`."""
        from .billing_platforms_items_paywall_prices_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_update(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemPrice:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_update`."""
        from .billing_platforms_items_paywall_prices_update import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_update_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        body: ItemPriceCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemPrice]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_update_detailed`."""
        from .billing_platforms_items_paywall_prices_update import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_destroy(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_destroy`."""
        from .billing_platforms_items_paywall_prices_destroy import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_paywall_prices_destroy_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        price_id: UUID,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncBillingApi.billing_platforms_items_paywall_prices_destroy_detailed`."""
        from .billing_platforms_items_paywall_prices_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            price_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_pricing_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PublicItemPricing:
        """See `AsyncBillingApi.billing_platforms_items_pricing_retrieve`."""
        from .billing_platforms_items_pricing_retrieve import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_pricing_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PublicItemPricing]:
        """See `AsyncBillingApi.billing_platforms_items_pricing_retrieve_detailed`."""
        from .billing_platforms_items_pricing_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscribers_list(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionList:
        """See `AsyncBillingApi.billing_platforms_items_subscribers_list`."""
        from .billing_platforms_items_subscribers_list import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscribers_list_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionList]:
        """See `AsyncBillingApi.billing_platforms_items_subscribers_list_detailed`."""
        from .billing_platforms_items_subscribers_list import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscribers_list_iter(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemSubscription]:
        """See `AsyncBillingApi.billing_platforms_items_subscribers_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .billing_platforms_items_subscribers_list import sync

        return paginate(
            sync,
            platform_key,
            item_type,
            item_id,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def billing_platforms_items_subscription_retrieve(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ItemSubscription:
        """See `AsyncBillingApi.billing_platforms_items_subscription_retrieve`."""
        from .billing_platforms_items_subscription_retrieve import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscription_retrieve_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ItemSubscription]:
        """See `AsyncBillingApi.billing_platforms_items_subscription_retrieve_detailed`."""
        from .billing_platforms_items_subscription_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscription_cancel_create(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PortalUrlResponse:
        """See `AsyncBillingApi.billing_platforms_items_subscription_cancel_create`."""
        from .billing_platforms_items_subscription_cancel_create import sync

        return sync(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_items_subscription_cancel_create_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PortalUrlResponse]:
        """See `AsyncBillingApi.billing_platforms_items_subscription_cancel_create_detailed`."""
        from .billing_platforms_items_subscription_cancel_create import sync_detailed

        return sync_detailed(
            platform_key,
            item_type,
            item_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_my_subscriptions_list(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """See `AsyncBillingApi.billing_platforms_my_subscriptions_list`."""
        from .billing_platforms_my_subscriptions_list import sync

        return sync(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_my_subscriptions_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """See `AsyncBillingApi.billing_platforms_my_subscriptions_list_detailed`."""
        from .billing_platforms_my_subscriptions_list import sync_detailed

        return sync_detailed(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_my_subscriptions_list_iter(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemSubscriptionList]:
        """See `AsyncBillingApi.billing_platforms_my_subscriptions_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .billing_platforms_my_subscriptions_list import sync

        return paginate(
            sync,
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def billing_platforms_paywalls_list(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemPaywallConfigList:
        """See `AsyncBillingApi.billing_platforms_paywalls_list`."""
        from .billing_platforms_paywalls_list import sync

        return sync(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_paywalls_list_detailed(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemPaywallConfigList]:
        """See `AsyncBillingApi.billing_platforms_paywalls_list_detailed`."""
        from .billing_platforms_paywalls_list import sync_detailed

        return sync_detailed(
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_paywalls_list_iter(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: BillingPlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemPaywallConfig]:
        """See `AsyncBillingApi.billing_platforms_paywalls_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .billing_platforms_paywalls_list import sync

        return paginate(
            sync,
            platform_key,
            is_enabled=is_enabled,
            item_type=item_type,
            page=page,
            page_size=page_size,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def billing_platforms_revenue_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformRevenueSummary:
        """See `AsyncBillingApi.billing_platforms_revenue_retrieve`."""
        from .billing_platforms_revenue_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_revenue_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformRevenueSummary]:
        """See `AsyncBillingApi.billing_platforms_revenue_retrieve_detailed`."""
        from .billing_platforms_revenue_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_subscribers_list(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """See `AsyncBillingApi.billing_platforms_subscribers_list`."""
        from .billing_platforms_subscribers_list import sync

        return sync(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_subscribers_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """See `AsyncBillingApi.billing_platforms_subscribers_list_detailed`."""
        from .billing_platforms_subscribers_list import sync_detailed

        return sync_detailed(
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def billing_platforms_subscribers_list_iter(
        self,
        platform_key: str,
        *,
        item_type: BillingPlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: BillingPlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemSubscriptionList]:
        """See `AsyncBillingApi.billing_platforms_subscribers_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .billing_platforms_subscribers_list import sync

        return paginate(
            sync,
            platform_key,
            item_type=item_type,
            page=page,
            page_size=page_size,
            status=status,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
            max_items=max_items,
            prefetch=prefetch,
        )

    def billing_transactions_retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: BillingTransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> CreditTransactionHistory:
        """See `AsyncBillingApi.billing_transactions_retrieve`."""
        from .billing_transactions_retrieve import sync

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

    def billing_transactions_retrieve_detailed(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: BillingTransactionsRetrieveTransactionType | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[CreditTransactionHistory]:
        """See `AsyncBillingApi.billing_transactions_retrieve_detailed`."""
        from .billing_transactions_retrieve import sync_detailed

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
