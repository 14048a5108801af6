"""Operations tagged ``platforms`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncPlatformsApi` / `PlatformsApi`, reached as
``client.platforms``. A method imports its operation module on first call.
A pageable operation also has an ``_iter`` method: a pager over the items of every page
(ibl_client/_pagination.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast
    from uuid import UUID

    from ...._client import AsyncClient, Client
    from ...._pagination import AsyncPager, Pager
    from ...._response import Response
    from ...models.checkout_session_create import CheckoutSessionCreate
    from ...models.checkout_session_response import CheckoutSessionResponse
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
    from ...models.platform_revenue_summary import PlatformRevenueSummary
    from ...models.platforms_items_subscribers_list_status import (
        PlatformsItemsSubscribersListStatus,
        check_platforms_items_subscribers_list_status,
    )
    from ...models.platforms_my_subscriptions_list_item_type import (
        PlatformsMySubscriptionsListItemType,
        check_platforms_my_subscriptions_list_item_type,
    )
    from ...models.platforms_my_subscriptions_list_status import (
        PlatformsMySubscriptionsListStatus,
        check_platforms_my_subscriptions_list_status,
    )
    from ...models.platforms_paywalls_list_item_type import (
        PlatformsPaywallsListItemType,
        check_platforms_paywalls_list_item_type,
    )
    from ...models.platforms_subscribers_list_item_type import (
        PlatformsSubscribersListItemType,
        check_platforms_subscribers_list_item_type,
    )
    from ...models.platforms_subscribers_list_status import (
        PlatformsSubscribersListStatus,
        check_platforms_subscribers_list_status,
    )
    from ...models.portal_url_response import PortalUrlResponse
    from ...models.public_item_pricing import PublicItemPricing
    from ...types import UNSET, Unset


class AsyncPlatformsApi:
    """The ``platforms`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def platforms_items_access_check_retrieve(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/access-check/`` (operation ``platforms_items_access_check_retrieve``)

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

        from .platforms_items_access_check_retrieve import asyncio

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

    async def platforms_items_access_check_retrieve_detailed(
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
        """Like `platforms_items_access_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_items_access_check_retrieve import asyncio_detailed

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

    async def platforms_items_checkout_callback_retrieve(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/`` (operation ``platforms_items_checkout_callback_retrieve``)

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

        from .platforms_items_checkout_callback_retrieve import asyncio

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

    async def platforms_items_checkout_callback_retrieve_detailed(
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
        """Like `platforms_items_checkout_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_items_checkout_callback_retrieve import asyncio_detailed

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

    async def platforms_items_checkout_callback_retrieve2(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/{checkout_session_id}/`` (operation ``platforms_items_checkout_callback_retrieve2``)

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

        from .platforms_items_checkout_callback_retrieve2 import asyncio

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

    async def platforms_items_checkout_callback_retrieve2_detailed(
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
        """Like `platforms_items_checkout_callback_retrieve2`, returning the whole `Response` and raising no status error."""
        from .platforms_items_checkout_callback_retrieve2 import asyncio_detailed

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

    async def platforms_items_checkout_guest_create(
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

        ``POST /platforms/{platform_key}/items/{item_type}/{item_id}/checkout-guest/`` (operation ``platforms_items_checkout_guest_create``)

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

        from .platforms_items_checkout_guest_create import asyncio

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

    async def platforms_items_checkout_guest_create_detailed(
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
        """Like `platforms_items_checkout_guest_create`, returning the whole `Response` and raising no status error."""
        from .platforms_items_checkout_guest_create import asyncio_detailed

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

    async def platforms_items_checkout_create(
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

        ``POST /platforms/{platform_key}/items/{item_type}/{item_id}/checkout/`` (operation ``platforms_items_checkout_create``)

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

        from .platforms_items_checkout_create import asyncio

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

    async def platforms_items_checkout_create_detailed(
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
        """Like `platforms_items_checkout_create`, returning the whole `Response` and raising no status error."""
        from .platforms_items_checkout_create import asyncio_detailed

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

    async def platforms_items_paywall_retrieve(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_retrieve``)

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

        from .platforms_items_paywall_retrieve import asyncio

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

    async def platforms_items_paywall_retrieve_detailed(
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
        """Like `platforms_items_paywall_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_retrieve import asyncio_detailed

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

    async def platforms_items_paywall_update(
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

        ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_update``)

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

        from .platforms_items_paywall_update import asyncio

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

    async def platforms_items_paywall_update_detailed(
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
        """Like `platforms_items_paywall_update`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_update import asyncio_detailed

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

    async def platforms_items_paywall_create(
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

        ``POST /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_create``)

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

        from .platforms_items_paywall_create import asyncio

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

    async def platforms_items_paywall_create_detailed(
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
        """Like `platforms_items_paywall_create`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_create import asyncio_detailed

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

    async def platforms_items_paywall_destroy(
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

        ``DELETE /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/`` (operation ``platforms_items_paywall_destroy``)

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

        from .platforms_items_paywall_destroy import asyncio

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

    async def platforms_items_paywall_destroy_detailed(
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
        """Like `platforms_items_paywall_destroy`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_destroy import asyncio_detailed

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

    async def platforms_items_paywall_prices_list(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``platforms_items_paywall_prices_list``)

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

        from .platforms_items_paywall_prices_list import asyncio

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

    async def platforms_items_paywall_prices_list_detailed(
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
        """Like `platforms_items_paywall_prices_list`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_prices_list import asyncio_detailed

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

    async def platforms_items_paywall_prices_create(
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

        ``POST /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/`` (operation ``platforms_items_paywall_prices_create``)

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

        from .platforms_items_paywall_prices_create import asyncio

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

    async def platforms_items_paywall_prices_create_detailed(
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
        """Like `platforms_items_paywall_prices_create`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_prices_create import asyncio_detailed

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

    async def platforms_items_paywall_prices_retrieve(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_retrieve``)

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

        from .platforms_items_paywall_prices_retrieve import asyncio

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

    async def platforms_items_paywall_prices_retrieve_detailed(
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
        """Like `platforms_items_paywall_prices_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_prices_retrieve import asyncio_detailed

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

    async def platforms_items_paywall_prices_update(
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

        ``PUT /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_update``)

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

        from .platforms_items_paywall_prices_update import asyncio

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

    async def platforms_items_paywall_prices_update_detailed(
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
        """Like `platforms_items_paywall_prices_update`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_prices_update import asyncio_detailed

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

    async def platforms_items_paywall_prices_destroy(
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

        ``DELETE /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/`` (operation ``platforms_items_paywall_prices_destroy``)

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

        from .platforms_items_paywall_prices_destroy import asyncio

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

    async def platforms_items_paywall_prices_destroy_detailed(
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
        """Like `platforms_items_paywall_prices_destroy`, returning the whole `Response` and raising no status error."""
        from .platforms_items_paywall_prices_destroy import asyncio_detailed

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

    async def platforms_items_pricing_retrieve(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/pricing/`` (operation ``platforms_items_pricing_retrieve``)

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

        from .platforms_items_pricing_retrieve import asyncio

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

    async def platforms_items_pricing_retrieve_detailed(
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
        """Like `platforms_items_pricing_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_items_pricing_retrieve import asyncio_detailed

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

    async def platforms_items_subscribers_list(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionList:
        """List item subscribers

        List all subscribers for an item. Optionally filter by subscription status.

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscribers/`` (operation ``platforms_items_subscribers_list``)

        Args:
            platform_key (str):
            item_type (str):
            item_id (str):
            page (int | Unset):
            page_size (int | Unset):
            status (PlatformsItemsSubscribersListStatus | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemSubscriptionList
        """

        from .platforms_items_subscribers_list import asyncio

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

    async def platforms_items_subscribers_list_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionList]:
        """Like `platforms_items_subscribers_list`, returning the whole `Response` and raising no status error."""
        from .platforms_items_subscribers_list import asyncio_detailed

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

    def platforms_items_subscribers_list_iter(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemSubscription]:
        """Every `ItemSubscription` of `platforms_items_subscribers_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .platforms_items_subscribers_list import asyncio

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

    async def platforms_items_subscription_retrieve(
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

        ``GET /platforms/{platform_key}/items/{item_type}/{item_id}/subscription/`` (operation ``platforms_items_subscription_retrieve``)

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

        from .platforms_items_subscription_retrieve import asyncio

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

    async def platforms_items_subscription_retrieve_detailed(
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
        """Like `platforms_items_subscription_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_items_subscription_retrieve import asyncio_detailed

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

    async def platforms_items_subscription_cancel_create(
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

        ``POST /platforms/{platform_key}/items/{item_type}/{item_id}/subscription/cancel/`` (operation ``platforms_items_subscription_cancel_create``)

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

        from .platforms_items_subscription_cancel_create import asyncio

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

    async def platforms_items_subscription_cancel_create_detailed(
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
        """Like `platforms_items_subscription_cancel_create`, returning the whole `Response` and raising no status error."""
        from .platforms_items_subscription_cancel_create import asyncio_detailed

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

    async def platforms_my_subscriptions_list(
        self,
        platform_key: str,
        *,
        item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """List user subscriptions

        Paginated list of the current user's subscriptions on a platform. Optionally filter by status or
        item_type.

        ``GET /platforms/{platform_key}/my-subscriptions/`` (operation ``platforms_my_subscriptions_list``)

        Args:
            platform_key (str):
            item_type (PlatformsMySubscriptionsListItemType | Unset):
            page (int | Unset):
            page_size (int | Unset):
            status (PlatformsMySubscriptionsListStatus | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemSubscriptionListList
        """

        from .platforms_my_subscriptions_list import asyncio

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

    async def platforms_my_subscriptions_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """Like `platforms_my_subscriptions_list`, returning the whole `Response` and raising no status error."""
        from .platforms_my_subscriptions_list import asyncio_detailed

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

    def platforms_my_subscriptions_list_iter(
        self,
        platform_key: str,
        *,
        item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemSubscriptionList]:
        """Every `ItemSubscriptionList` of `platforms_my_subscriptions_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .platforms_my_subscriptions_list import asyncio

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

    async def platforms_paywalls_list(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
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

        ``GET /platforms/{platform_key}/paywalls/`` (operation ``platforms_paywalls_list``)

        Args:
            platform_key (str):
            is_enabled (bool | Unset):
            item_type (PlatformsPaywallsListItemType | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemPaywallConfigList
        """

        from .platforms_paywalls_list import asyncio

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

    async def platforms_paywalls_list_detailed(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemPaywallConfigList]:
        """Like `platforms_paywalls_list`, returning the whole `Response` and raising no status error."""
        from .platforms_paywalls_list import asyncio_detailed

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

    def platforms_paywalls_list_iter(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemPaywallConfig]:
        """Every `ItemPaywallConfig` of `platforms_paywalls_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .platforms_paywalls_list import asyncio

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

    async def platforms_revenue_retrieve(
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

        ``GET /platforms/{platform_key}/revenue/`` (operation ``platforms_revenue_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PlatformRevenueSummary
        """

        from .platforms_revenue_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def platforms_revenue_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformRevenueSummary]:
        """Like `platforms_revenue_retrieve`, returning the whole `Response` and raising no status error."""
        from .platforms_revenue_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def platforms_subscribers_list(
        self,
        platform_key: str,
        *,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """List all platform subscribers

        Paginated list of all subscribers across all items on a platform. Filterable by status and
        item_type.

        ``GET /platforms/{platform_key}/subscribers/`` (operation ``platforms_subscribers_list``)

        Args:
            platform_key (str):
            item_type (PlatformsSubscribersListItemType | Unset):
            page (int | Unset):
            page_size (int | Unset):
            status (PlatformsSubscribersListStatus | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            PaginatedItemSubscriptionListList
        """

        from .platforms_subscribers_list import asyncio

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

    async def platforms_subscribers_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """Like `platforms_subscribers_list`, returning the whole `Response` and raising no status error."""
        from .platforms_subscribers_list import asyncio_detailed

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

    def platforms_subscribers_list_iter(
        self,
        platform_key: str,
        *,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> AsyncPager[ItemSubscriptionList]:
        """Every `ItemSubscriptionList` of `platforms_subscribers_list`, page after page.

        ``async for item in ...`` gives the items, ``.pages()`` the pages.
        From page ``page`` (default 1) on, ``page_size`` items a page; at most ``max_items``
        items. With ``prefetch`` the next page is requested while this one is consumed. See
        `ibl_client.AsyncPager`.
        """
        from ...._pagination import paginate
        from .platforms_subscribers_list import asyncio

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


class PlatformsApi:
    """The ``platforms`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def platforms_items_access_check_retrieve(
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
        """See `AsyncPlatformsApi.platforms_items_access_check_retrieve`."""
        from .platforms_items_access_check_retrieve import sync

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

    def platforms_items_access_check_retrieve_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_access_check_retrieve_detailed`."""
        from .platforms_items_access_check_retrieve import sync_detailed

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

    def platforms_items_checkout_callback_retrieve(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_callback_retrieve`."""
        from .platforms_items_checkout_callback_retrieve import sync

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

    def platforms_items_checkout_callback_retrieve_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_callback_retrieve_detailed`."""
        from .platforms_items_checkout_callback_retrieve import sync_detailed

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

    def platforms_items_checkout_callback_retrieve2(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_callback_retrieve2`."""
        from .platforms_items_checkout_callback_retrieve2 import sync

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

    def platforms_items_checkout_callback_retrieve2_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_callback_retrieve2_detailed`."""
        from .platforms_items_checkout_callback_retrieve2 import sync_detailed

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

    def platforms_items_checkout_guest_create(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_guest_create`."""
        from .platforms_items_checkout_guest_create import sync

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

    def platforms_items_checkout_guest_create_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_guest_create_detailed`."""
        from .platforms_items_checkout_guest_create import sync_detailed

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

    def platforms_items_checkout_create(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_create`."""
        from .platforms_items_checkout_create import sync

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

    def platforms_items_checkout_create_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_checkout_create_detailed`."""
        from .platforms_items_checkout_create import sync_detailed

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

    def platforms_items_paywall_retrieve(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_retrieve`."""
        from .platforms_items_paywall_retrieve import sync

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

    def platforms_items_paywall_retrieve_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_retrieve_detailed`."""
        from .platforms_items_paywall_retrieve import sync_detailed

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

    def platforms_items_paywall_update(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_update`."""
        from .platforms_items_paywall_update import sync

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

    def platforms_items_paywall_update_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_update_detailed`."""
        from .platforms_items_paywall_update import sync_detailed

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

    def platforms_items_paywall_create(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_create`."""
        from .platforms_items_paywall_create import sync

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

    def platforms_items_paywall_create_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_create_detailed`."""
        from .platforms_items_paywall_create import sync_detailed

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

    def platforms_items_paywall_destroy(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_destroy`."""
        from .platforms_items_paywall_destroy import sync

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

    def platforms_items_paywall_destroy_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_destroy_detailed`."""
        from .platforms_items_paywall_destroy import sync_detailed

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

    def platforms_items_paywall_prices_list(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_list`."""
        from .platforms_items_paywall_prices_list import sync

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

    def platforms_items_paywall_prices_list_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_list_detailed`."""
        from .platforms_items_paywall_prices_list import sync_detailed

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

    def platforms_items_paywall_prices_create(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_create`."""
        from .platforms_items_paywall_prices_create import sync

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

    def platforms_items_paywall_prices_create_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_create_detailed`."""
        from .platforms_items_paywall_prices_create import sync_detailed

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

    def platforms_items_paywall_prices_retrieve(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_retrieve`."""
        from .platforms_items_paywall_prices_retrieve import sync

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

    def platforms_items_paywall_prices_retrieve_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_retrieve_detailed`."""
        from .platforms_items_paywall_prices_retrieve import sync_detailed

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

    def platforms_items_paywall_prices_update(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_update`."""
        from .platforms_items_paywall_prices_update import sync

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

    def platforms_items_paywall_prices_update_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_update_detailed`."""
        from .platforms_items_paywall_prices_update import sync_detailed

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

    def platforms_items_paywall_prices_destroy(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_destroy`."""
        from .platforms_items_paywall_prices_destroy import sync

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

    def platforms_items_paywall_prices_destroy_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_paywall_prices_destroy_detailed`."""
        from .platforms_items_paywall_prices_destroy import sync_detailed

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

    def platforms_items_pricing_retrieve(
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
        """See `AsyncPlatformsApi.platforms_items_pricing_retrieve`."""
        from .platforms_items_pricing_retrieve import sync

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

    def platforms_items_pricing_retrieve_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_pricing_retrieve_detailed`."""
        from .platforms_items_pricing_retrieve import sync_detailed

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

    def platforms_items_subscribers_list(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionList:
        """See `AsyncPlatformsApi.platforms_items_subscribers_list`."""
        from .platforms_items_subscribers_list import sync

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

    def platforms_items_subscribers_list_detailed(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionList]:
        """See `AsyncPlatformsApi.platforms_items_subscribers_list_detailed`."""
        from .platforms_items_subscribers_list import sync_detailed

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

    def platforms_items_subscribers_list_iter(
        self,
        platform_key: str,
        item_type: str,
        item_id: str,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsItemsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemSubscription]:
        """See `AsyncPlatformsApi.platforms_items_subscribers_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .platforms_items_subscribers_list import sync

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

    def platforms_items_subscription_retrieve(
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
        """See `AsyncPlatformsApi.platforms_items_subscription_retrieve`."""
        from .platforms_items_subscription_retrieve import sync

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

    def platforms_items_subscription_retrieve_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_subscription_retrieve_detailed`."""
        from .platforms_items_subscription_retrieve import sync_detailed

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

    def platforms_items_subscription_cancel_create(
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
        """See `AsyncPlatformsApi.platforms_items_subscription_cancel_create`."""
        from .platforms_items_subscription_cancel_create import sync

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

    def platforms_items_subscription_cancel_create_detailed(
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
        """See `AsyncPlatformsApi.platforms_items_subscription_cancel_create_detailed`."""
        from .platforms_items_subscription_cancel_create import sync_detailed

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

    def platforms_my_subscriptions_list(
        self,
        platform_key: str,
        *,
        item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """See `AsyncPlatformsApi.platforms_my_subscriptions_list`."""
        from .platforms_my_subscriptions_list import sync

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

    def platforms_my_subscriptions_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """See `AsyncPlatformsApi.platforms_my_subscriptions_list_detailed`."""
        from .platforms_my_subscriptions_list import sync_detailed

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

    def platforms_my_subscriptions_list_iter(
        self,
        platform_key: str,
        *,
        item_type: PlatformsMySubscriptionsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsMySubscriptionsListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemSubscriptionList]:
        """See `AsyncPlatformsApi.platforms_my_subscriptions_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .platforms_my_subscriptions_list import sync

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

    def platforms_paywalls_list(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemPaywallConfigList:
        """See `AsyncPlatformsApi.platforms_paywalls_list`."""
        from .platforms_paywalls_list import sync

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

    def platforms_paywalls_list_detailed(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemPaywallConfigList]:
        """See `AsyncPlatformsApi.platforms_paywalls_list_detailed`."""
        from .platforms_paywalls_list import sync_detailed

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

    def platforms_paywalls_list_iter(
        self,
        platform_key: str,
        *,
        is_enabled: bool | Unset = UNSET,
        item_type: PlatformsPaywallsListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemPaywallConfig]:
        """See `AsyncPlatformsApi.platforms_paywalls_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .platforms_paywalls_list import sync

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

    def platforms_revenue_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PlatformRevenueSummary:
        """See `AsyncPlatformsApi.platforms_revenue_retrieve`."""
        from .platforms_revenue_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def platforms_revenue_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PlatformRevenueSummary]:
        """See `AsyncPlatformsApi.platforms_revenue_retrieve_detailed`."""
        from .platforms_revenue_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def platforms_subscribers_list(
        self,
        platform_key: str,
        *,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> PaginatedItemSubscriptionListList:
        """See `AsyncPlatformsApi.platforms_subscribers_list`."""
        from .platforms_subscribers_list import sync

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

    def platforms_subscribers_list_detailed(
        self,
        platform_key: str,
        *,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[PaginatedItemSubscriptionListList]:
        """See `AsyncPlatformsApi.platforms_subscribers_list_detailed`."""
        from .platforms_subscribers_list import sync_detailed

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

    def platforms_subscribers_list_iter(
        self,
        platform_key: str,
        *,
        item_type: PlatformsSubscribersListItemType | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        status: PlatformsSubscribersListStatus | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> Pager[ItemSubscriptionList]:
        """See `AsyncPlatformsApi.platforms_subscribers_list_iter`; ``for item in ...``."""
        from ...._pagination import paginate
        from .platforms_subscribers_list import sync

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
