"""Operations tagged ``commerce`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCommerceApi` / `CommerceApi`, reached as
``client.commerce``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.ai_account_orgs_use_default_llm_key_create_200_response import (
        AiAccountOrgsUseDefaultLlmKeyCreate200Response,
    )
    from ...models.apple_subscription_status_request import AppleSubscriptionStatusRequest
    from ...models.apple_subscription_status_view import AppleSubscriptionStatusView
    from ...models.apple_verify_transaction_id import AppleVerifyTransactionId
    from ...models.associate_account_response import AssociateAccountResponse
    from ...models.associate_apple_account import AssociateAppleAccount
    from ...models.aws_tenant_launch_request import AWSTenantLaunchRequest
    from ...models.base_error_response import BaseErrorResponse
    from ...models.base_response import BaseResponse
    from ...models.gcp_tenant_launch_request import GCPTenantLaunchRequest
    from ...models.google_pay_account_response import GooglePayAccountResponse
    from ...models.google_pay_verify_token import GooglePayVerifyToken
    from ...models.provider_association_stripe_callback_retrieve_404_response import (
        ProviderAssociationStripeCallbackRetrieve404Response,
    )
    from ...models.service_platforms_stripe_connect_dashboard_retrieve_response_404 import (
        ServicePlatformsStripeConnectDashboardRetrieveResponse404,
    )
    from ...models.service_platforms_stripe_connect_destroy_response_200 import (
        ServicePlatformsStripeConnectDestroyResponse200,
    )
    from ...models.service_platforms_stripe_connect_destroy_response_404 import (
        ServicePlatformsStripeConnectDestroyResponse404,
    )
    from ...models.service_platforms_stripe_connect_onboard_create_response_400 import (
        ServicePlatformsStripeConnectOnboardCreateResponse400,
    )
    from ...models.service_platforms_stripe_connect_onboard_refresh_create_response_400 import (
        ServicePlatformsStripeConnectOnboardRefreshCreateResponse400,
    )
    from ...models.stripe_billing_page_identifier_response import (
        StripeBillingPageIdentifierResponse,
    )
    from ...models.stripe_checkout_session_request import StripeCheckoutSessionRequest
    from ...models.stripe_checkout_session_response import StripeCheckoutSessionResponse
    from ...models.stripe_connect_dashboard_link import StripeConnectDashboardLink
    from ...models.stripe_connect_onboard import StripeConnectOnboard
    from ...models.stripe_connect_onboard_response import StripeConnectOnboardResponse
    from ...models.stripe_connect_status import StripeConnectStatus
    from ...models.stripe_context import StripeContext
    from ...models.stripe_customer_portal_request import StripeCustomerPortalRequest
    from ...models.stripe_customer_portal_response import StripeCustomerPortalResponse
    from ...models.stripe_local_product import StripeLocalProduct
    from ...models.stripe_new_user_tenant_launch_request import StripeNewUserTenantLaunchRequest
    from ...models.stripe_subscription_renewal_request import StripeSubscriptionRenewalRequest
    from ...models.stripe_subscription_renewal_response import StripeSubscriptionRenewalResponse
    from ...models.tenant_launch_error import TenantLaunchError
    from ...models.tenant_launch_failed import TenantLaunchFailed
    from ...models.tenant_launch_request import TenantLaunchRequest
    from ...models.tenant_launch_response import TenantLaunchResponse
    from ...models.verify_gcp_market_place_failed_response import VerifyGCPMarketPlaceFailedResponse
    from ...models.verify_gcp_market_place_request import VerifyGCPMarketPlaceRequest
    from ...models.verify_gcp_market_place_response import VerifyGCPMarketPlaceResponse
    from ...types import UNSET, Unset


class AsyncCommerceApi:
    """The ``commerce`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def provider_association_stripe_callback_retrieve(
        self,
        launch_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
        """Handle callbacks from Stripe after successful checkout.

        Updates: - Platform launch state - Association configuration status

        ``GET /api/provider-association/stripe/callback/{launch_id}/`` (operation ``provider_association_stripe_callback_retrieve``)

        Args:
            launch_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AiAccountOrgsUseDefaultLlmKeyCreate200Response
        """

        from .provider_association_stripe_callback_retrieve import asyncio

        return await asyncio(
            launch_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def provider_association_stripe_callback_retrieve_detailed(
        self,
        launch_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
        """Like `provider_association_stripe_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .provider_association_stripe_callback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            launch_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_associate_account_create(
        self,
        *,
        body: AssociateAppleAccount | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AssociateAccountResponse:
        """Associate an Apple account with a user known user

        ``POST /api/providers/apple/associate-account/`` (operation ``providers_apple_associate_account_create``)

        Args:
            body (AssociateAppleAccount):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AssociateAccountResponse
        """

        from .providers_apple_associate_account_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_associate_account_create_detailed(
        self,
        *,
        body: AssociateAppleAccount | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AssociateAccountResponse]:
        """Like `providers_apple_associate_account_create`, returning the whole `Response` and raising no status error."""
        from .providers_apple_associate_account_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_hook_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """View to handle apple webhooks

        ``POST /api/providers/apple/hook/`` (operation ``providers_apple_hook_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_apple_hook_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_hook_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_apple_hook_create`, returning the whole `Response` and raising no status error."""
        from .providers_apple_hook_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_subscription_status_create(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AppleSubscriptionStatusView:
        """Returns information about a user subscription status

        ``POST /api/providers/apple/subscription-status/`` (operation ``providers_apple_subscription_status_create``)

        Args:
            body (AppleSubscriptionStatusRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AppleSubscriptionStatusView
        """

        from .providers_apple_subscription_status_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_subscription_status_create_detailed(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AppleSubscriptionStatusView]:
        """Like `providers_apple_subscription_status_create`, returning the whole `Response` and raising no status error."""
        from .providers_apple_subscription_status_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_validate_transaction_id_create(
        self,
        *,
        body: AppleVerifyTransactionId | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BaseResponse:
        """Checks if a provided transaction_id is valid

        ``POST /api/providers/apple/validate-transaction-id/`` (operation ``providers_apple_validate_transaction_id_create``)

        Args:
            body (AppleVerifyTransactionId):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BaseResponse
        """

        from .providers_apple_validate_transaction_id_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_apple_validate_transaction_id_create_detailed(
        self,
        *,
        body: AppleVerifyTransactionId | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BaseResponse]:
        """Like `providers_apple_validate_transaction_id_create`, returning the whole `Response` and raising no status error."""
        from .providers_apple_validate_transaction_id_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_create_organization_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Serves a view that redirects to the AWS marketplace create organization page

        Set CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the AWS marketplace
        create organization page

        ``POST /api/providers/aws/create-organization/`` (operation ``providers_aws_create_organization_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_aws_create_organization_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_create_organization_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_aws_create_organization_create`, returning the whole `Response` and raising no status error."""
        from .providers_aws_create_organization_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_domain_status_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to get domain setup status

        ``GET /api/providers/aws/domain-status/`` (operation ``providers_aws_domain_status_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_aws_domain_status_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_domain_status_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_aws_domain_status_retrieve`, returning the whole `Response` and raising no status error."""
        from .providers_aws_domain_status_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_launch_tenant_create(
        self,
        *,
        body: AWSTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API

        We cannot expose launching a tenant to an authorized user hence the need for the API

        The API validates the x_amzn_marketplace_token and then proxies the request to the Platform
        Launch API

        ``POST /api/providers/aws/launch-tenant/`` (operation ``providers_aws_launch_tenant_create``)

        Args:
            body (AWSTenantLaunchRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantLaunchResponse
        """

        from .providers_aws_launch_tenant_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_launch_tenant_create_detailed(
        self,
        *,
        body: AWSTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """Like `providers_aws_launch_tenant_create`, returning the whole `Response` and raising no status error."""
        from .providers_aws_launch_tenant_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_sync_domain_records_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to get/update CNAME records for domain setup

        ``GET /api/providers/aws/sync-domain-records/`` (operation ``providers_aws_sync_domain_records_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_aws_sync_domain_records_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_sync_domain_records_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_aws_sync_domain_records_retrieve`, returning the whole `Response` and raising no status error."""
        from .providers_aws_sync_domain_records_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_sync_domain_records_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to get/update CNAME records for domain setup

        ``POST /api/providers/aws/sync-domain-records/`` (operation ``providers_aws_sync_domain_records_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_aws_sync_domain_records_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_aws_sync_domain_records_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_aws_sync_domain_records_create`, returning the whole `Response` and raising no status error."""
        from .providers_aws_sync_domain_records_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_create_organization_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Serves a view that redirects to the GCP marketplace create organization page

        Set CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace
        create organization page

        ``POST /api/providers/gcp/create-organization/`` (operation ``providers_gcp_create_organization_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_gcp_create_organization_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_create_organization_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_gcp_create_organization_create`, returning the whole `Response` and raising no status error."""
        from .providers_gcp_create_organization_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_create_organization_create2(
        self,
        product_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Serves a view that redirects to the GCP marketplace create organization page

        Set CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace
        create organization page

        ``POST /api/providers/gcp/create-organization/{product_id}/`` (operation ``providers_gcp_create_organization_create2``)

        Args:
            product_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_gcp_create_organization_create2 import asyncio

        return await asyncio(
            product_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_create_organization_create2_detailed(
        self,
        product_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_gcp_create_organization_create2`, returning the whole `Response` and raising no status error."""
        from .providers_gcp_create_organization_create2 import asyncio_detailed

        return await asyncio_detailed(
            product_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_hook_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """``POST /api/providers/gcp/hook/`` (operation ``providers_gcp_hook_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_gcp_hook_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_hook_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_gcp_hook_create`, returning the whole `Response` and raising no status error."""
        from .providers_gcp_hook_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_launch_tenant_create(
        self,
        *,
        body: GCPTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API

        We cannot expose launching a tenant to an authorized user hence the need for the API

        The API validates the x_gcp_marketplace_token and then proxies the request to the Platform Launc
        API

        ``POST /api/providers/gcp/launch-tenant/`` (operation ``providers_gcp_launch_tenant_create``)

        Args:
            body (GCPTenantLaunchRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantLaunchResponse
        """

        from .providers_gcp_launch_tenant_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_launch_tenant_create_detailed(
        self,
        *,
        body: GCPTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """Like `providers_gcp_launch_tenant_create`, returning the whole `Response` and raising no status error."""
        from .providers_gcp_launch_tenant_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_validate_signup_token_create(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> VerifyGCPMarketPlaceResponse:
        """``POST /api/providers/gcp/validate-signup-token/`` (operation ``providers_gcp_validate_signup_token_create``)

        Args:
            body (VerifyGCPMarketPlaceRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            VerifyGCPMarketPlaceResponse
        """

        from .providers_gcp_validate_signup_token_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_gcp_validate_signup_token_create_detailed(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[VerifyGCPMarketPlaceResponse]:
        """Like `providers_gcp_validate_signup_token_create`, returning the whole `Response` and raising no status error."""
        from .providers_gcp_validate_signup_token_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_google_pay_get_account_retrieve(
        self,
        bundle_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GooglePayAccountResponse:
        """Google Allows us to pass an obfuscated account id to be sent to during a subscription purchase

        ``GET /api/providers/google-pay/get-account/{bundle_id}`` (operation ``providers_google_pay_get_account_retrieve``)

        Args:
            bundle_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            GooglePayAccountResponse
        """

        from .providers_google_pay_get_account_retrieve import asyncio

        return await asyncio(
            bundle_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_google_pay_get_account_retrieve_detailed(
        self,
        bundle_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GooglePayAccountResponse]:
        """Like `providers_google_pay_get_account_retrieve`, returning the whole `Response` and raising no status error."""
        from .providers_google_pay_get_account_retrieve import asyncio_detailed

        return await asyncio_detailed(
            bundle_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_google_pay_hook_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """View to handle Google Pay webhooks

        ``POST /api/providers/google-pay/hook/`` (operation ``providers_google_pay_hook_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .providers_google_pay_hook_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_google_pay_hook_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `providers_google_pay_hook_create`, returning the whole `Response` and raising no status error."""
        from .providers_google_pay_hook_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_google_pay_validate_transaction_id_create(
        self,
        *,
        body: GooglePayVerifyToken | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BaseResponse:
        """Associate a Google Pay account with a known user

        ``POST /api/providers/google-pay/validate-transaction-id/`` (operation ``providers_google_pay_validate_transaction_id_create``)

        Args:
            body (GooglePayVerifyToken):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            BaseResponse
        """

        from .providers_google_pay_validate_transaction_id_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_google_pay_validate_transaction_id_create_detailed(
        self,
        *,
        body: GooglePayVerifyToken | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BaseResponse]:
        """Like `providers_google_pay_validate_transaction_id_create`, returning the whole `Response` and raising no status error."""
        from .providers_google_pay_validate_transaction_id_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_stripe_create_organization_create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API

        We cannot expose launching a tenant to an unauthorized user hence the need for the API

        The API validates the stripe_checkout_id and then proxies the request to the Platform Launch API

        ``POST /api/providers/stripe/create-organization/`` (operation ``providers_stripe_create_organization_create``)

        Args:
            body (StripeNewUserTenantLaunchRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantLaunchResponse
        """

        from .providers_stripe_create_organization_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def providers_stripe_create_organization_create_detailed(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """Like `providers_stripe_create_organization_create`, returning the whole `Response` and raising no status error."""
        from .providers_stripe_create_organization_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def provision_create(
        self,
        config_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """POST Update platform provisioning config

        request body: {"config_name": "demo_config}

        ``POST /api/provision/{config_name}/`` (operation ``provision_create``)

        Args:
            config_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .provision_create import asyncio

        return await asyncio(
            config_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def provision_create_detailed(
        self,
        config_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `provision_create`, returning the whole `Response` and raising no status error."""
        from .provision_create import asyncio_detailed

        return await asyncio_detailed(
            config_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_launch_tenant_create(
        self,
        *,
        body: TenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """User/tenant creation API

        To create using any payment provider, ensure you use the StudentToken Authentication Mechanism

        and also include the correct `provider_key` in the request body:

        ```
        apple_transaction_id: str
        stripe_checkout_id: str
        x_gcp_marketplace_token: str
        aws_transaction_id: str
        google_pay_transaction_id: str ```

        To create a tenant without a payment provider, call the API without ny of the above provider
        keys in the request body

        ``POST /api/service/launch/tenant/`` (operation ``service_launch_tenant_create``)

        Args:
            body (TenantLaunchRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantLaunchResponse
        """

        from .service_launch_tenant_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_launch_tenant_create_detailed(
        self,
        *,
        body: TenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """Like `service_launch_tenant_create`, returning the whole `Response` and raising no status error."""
        from .service_launch_tenant_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_manage_user_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """User creation flow

        ``POST /api/service/manage/user/`` (operation ``service_manage_user_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_manage_user_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_manage_user_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_manage_user_create`, returning the whole `Response` and raising no status error."""
        from .service_manage_user_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_manage_user_role_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Make user tenant admin

        ``POST /api/service/manage/user/role/`` (operation ``service_manage_user_role_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_manage_user_role_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_manage_user_role_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_manage_user_role_create`, returning the whole `Response` and raising no status error."""
        from .service_manage_user_role_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_checkout_session_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCheckoutSessionResponse:
        """Stripe checkout session API View for user upgrade

        Request the following fields:

        - tenant - sku - mode - success_url - cancel_url

        Response: {
        "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

        ``POST /api/service/orgs/{org}/users/{user_id}/stripe/checkout-session/`` (operation ``service_orgs_users_stripe_checkout_session_create``)

        Args:
            org (str):
            user_id (str):
            body (StripeCheckoutSessionRequest): Serializer for Stripe checkout session creation
                requests.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeCheckoutSessionResponse
        """

        from .service_orgs_users_stripe_checkout_session_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_checkout_session_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCheckoutSessionResponse]:
        """Like `service_orgs_users_stripe_checkout_session_create`, returning the whole `Response` and raising no status error."""
        from .service_orgs_users_stripe_checkout_session_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_customer_portal_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCustomerPortalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCustomerPortalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``POST /api/service/orgs/{org}/users/{user_id}/stripe/customer-portal/`` (operation ``service_orgs_users_stripe_customer_portal_create``)

        Args:
            org (str):
            user_id (str):
            body (StripeCustomerPortalRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeCustomerPortalResponse
        """

        from .service_orgs_users_stripe_customer_portal_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_customer_portal_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCustomerPortalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCustomerPortalResponse]:
        """Like `service_orgs_users_stripe_customer_portal_create`, returning the whole `Response` and raising no status error."""
        from .service_orgs_users_stripe_customer_portal_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_products_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeLocalProduct:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/service/orgs/{org}/users/{user_id}/stripe/products/`` (operation ``service_orgs_users_stripe_products_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeLocalProduct
        """

        from .service_orgs_users_stripe_products_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_products_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeLocalProduct]:
        """Like `service_orgs_users_stripe_products_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_orgs_users_stripe_products_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_products_manage_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Mixin that includes the StudentTokenAuthentication and IsPlatformAdmin

        ``POST /api/service/orgs/{org}/users/{user_id}/stripe/products/manage/`` (operation ``service_orgs_users_stripe_products_manage_create``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_orgs_users_stripe_products_manage_create import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_products_manage_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_orgs_users_stripe_products_manage_create`, returning the whole `Response` and raising no status error."""
        from .service_orgs_users_stripe_products_manage_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_subscription_renewal_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeSubscriptionRenewalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeSubscriptionRenewalResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``POST /api/service/orgs/{org}/users/{user_id}/stripe/subscription-renewal/`` (operation ``service_orgs_users_stripe_subscription_renewal_create``)

        Args:
            org (str):
            user_id (str):
            body (StripeSubscriptionRenewalRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeSubscriptionRenewalResponse
        """

        from .service_orgs_users_stripe_subscription_renewal_create import asyncio

        return await asyncio(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_subscription_renewal_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeSubscriptionRenewalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeSubscriptionRenewalResponse]:
        """Like `service_orgs_users_stripe_subscription_renewal_create`, returning the whole `Response` and raising no status error."""
        from .service_orgs_users_stripe_subscription_renewal_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_subscriptions_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/service/orgs/{org}/users/{user_id}/stripe/subscriptions/`` (operation ``service_orgs_users_stripe_subscriptions_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_orgs_users_stripe_subscriptions_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_users_stripe_subscriptions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_orgs_users_stripe_subscriptions_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_orgs_users_stripe_subscriptions_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_stripe_course_payment_callback_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Handle course payment callback after successful Stripe checkout. Enrolls the user in the
        purchased course.

        URL Parameters:
        - stripe_checkout_id: The local Checkout Session UUID

        Response:
        - Redirect: Successfully processed course enrollment
        - 404: Checkout session not found
        - 400: Invalid checkout session or product
        - 500: Server error during processing

        ``GET /api/service/orgs/{platform_key}/stripe/course-payment-callback/`` (operation ``service_orgs_stripe_course_payment_callback_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_orgs_stripe_course_payment_callback_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_orgs_stripe_course_payment_callback_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_orgs_stripe_course_payment_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_orgs_stripe_course_payment_callback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_destroy(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ServicePlatformsStripeConnectDestroyResponse200:
        """Disconnect Stripe Connect account

        ``DELETE /api/service/platforms/{platform_key}/stripe/connect/`` (operation ``service_platforms_stripe_connect_destroy``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ServicePlatformsStripeConnectDestroyResponse200
        """

        from .service_platforms_stripe_connect_destroy import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_destroy_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ServicePlatformsStripeConnectDestroyResponse200]:
        """Like `service_platforms_stripe_connect_destroy`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_connect_destroy import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_dashboard_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectDashboardLink:
        """Get Express Dashboard login link

        ``GET /api/service/platforms/{platform_key}/stripe/connect/dashboard/`` (operation ``service_platforms_stripe_connect_dashboard_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeConnectDashboardLink
        """

        from .service_platforms_stripe_connect_dashboard_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_dashboard_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectDashboardLink]:
        """Like `service_platforms_stripe_connect_dashboard_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_connect_dashboard_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_onboard_create(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectOnboardResponse:
        """Start Stripe Connect onboarding for platform admin

        ``POST /api/service/platforms/{platform_key}/stripe/connect/onboard/`` (operation ``service_platforms_stripe_connect_onboard_create``)

        Args:
            platform_key (str):
            body (StripeConnectOnboard): Serializer for Connect onboarding request.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeConnectOnboardResponse
        """

        from .service_platforms_stripe_connect_onboard_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_onboard_create_detailed(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectOnboardResponse]:
        """Like `service_platforms_stripe_connect_onboard_create`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_connect_onboard_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_onboard_refresh_create(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectOnboardResponse:
        """Start Stripe Connect onboarding for platform admin

        ``POST /api/service/platforms/{platform_key}/stripe/connect/onboard/refresh/`` (operation ``service_platforms_stripe_connect_onboard_refresh_create``)

        Args:
            platform_key (str):
            body (StripeConnectOnboard): Serializer for Connect onboarding request.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeConnectOnboardResponse
        """

        from .service_platforms_stripe_connect_onboard_refresh_create import asyncio

        return await asyncio(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_onboard_refresh_create_detailed(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectOnboardResponse]:
        """Like `service_platforms_stripe_connect_onboard_refresh_create`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_connect_onboard_refresh_create import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_status_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectStatus:
        """Get Connect account status

        ``GET /api/service/platforms/{platform_key}/stripe/connect/status/`` (operation ``service_platforms_stripe_connect_status_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeConnectStatus
        """

        from .service_platforms_stripe_connect_status_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_connect_status_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectStatus]:
        """Like `service_platforms_stripe_connect_status_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_connect_status_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_context_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeContext:
        """Create a uuid to help us track internally user initiated checkout

        ``GET /api/service/platforms/{platform_key}/stripe/context/`` (operation ``service_platforms_stripe_context_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeContext
        """

        from .service_platforms_stripe_context_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_context_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeContext]:
        """Like `service_platforms_stripe_context_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_context_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_credit_topup_callback_retrieve(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Handle

        callback after successful Stripe checkout for credit top up. Redirects user to another page,
        ensures user credit is updated accordingly.

        URL Parameters:
        - stripe_checkout_id: The Checkout Session UUID

        Response:
        - Redirect: Successfully validated and sending to next page
        - 404: Checkout session not found
        - 400: Invalid checkout session or product
        - 500: Server error during processing

        ``GET /api/service/platforms/{platform_key}/stripe/credit-topup-callback/{checkout_session_id}/`` (operation ``service_platforms_stripe_credit_topup_callback_retrieve``)

        Args:
            platform_key (str):
            checkout_session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_platforms_stripe_credit_topup_callback_retrieve import asyncio

        return await asyncio(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_credit_topup_callback_retrieve_detailed(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_platforms_stripe_credit_topup_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_credit_topup_callback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_pricing_page_callback_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Handle

        callback after successful Stripe checkout. Redirects user to another page, ensures user
        subscription is updated accordingly.

        URL Parameters:
        - stripe_checkout_id: The local Checkout Session UUID

        Response:
        - Redirect: Successfully validated and sending to next page
        - 404: Checkout session not found
        - 400: Invalid checkout session or product
        - 500: Server error during processing

        ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-callback/`` (operation ``service_platforms_stripe_pricing_page_callback_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_platforms_stripe_pricing_page_callback_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_pricing_page_callback_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_platforms_stripe_pricing_page_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_pricing_page_callback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_pricing_page_callback_retrieve2(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Handle

        callback after successful Stripe checkout. Redirects user to another page, ensures user
        subscription is updated accordingly.

        URL Parameters:
        - stripe_checkout_id: The local Checkout Session UUID

        Response:
        - Redirect: Successfully validated and sending to next page
        - 404: Checkout session not found
        - 400: Invalid checkout session or product
        - 500: Server error during processing

        ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-callback/{checkout_session_id}/`` (operation ``service_platforms_stripe_pricing_page_callback_retrieve2``)

        Args:
            platform_key (str):
            checkout_session_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_platforms_stripe_pricing_page_callback_retrieve2 import asyncio

        return await asyncio(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_pricing_page_callback_retrieve2_detailed(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_platforms_stripe_pricing_page_callback_retrieve2`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_pricing_page_callback_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_pricing_page_session_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeBillingPageIdentifierResponse:
        """Create a uuid to help us track internally user initiated checkout

        ``GET /api/service/platforms/{platform_key}/stripe/pricing-page-session/`` (operation ``service_platforms_stripe_pricing_page_session_retrieve``)

        Args:
            platform_key (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeBillingPageIdentifierResponse
        """

        from .service_platforms_stripe_pricing_page_session_retrieve import asyncio

        return await asyncio(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_platforms_stripe_pricing_page_session_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeBillingPageIdentifierResponse]:
        """Like `service_platforms_stripe_pricing_page_session_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_platforms_stripe_pricing_page_session_retrieve import asyncio_detailed

        return await asyncio_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_stripe_checkout_free_trial_create(
        self,
        *,
        body: StripeCheckoutSessionResponse | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCheckoutSessionResponse:
        """Stripe free trial checkout session. No user auth

        Request the following fields:

        - success_url - cancel_url - product

        Response: {
        "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

        ``POST /api/service/stripe/checkout/free-trial/`` (operation ``service_stripe_checkout_free_trial_create``)

        Args:
            body (StripeCheckoutSessionResponse): Stripe checkout session serialized response

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeCheckoutSessionResponse
        """

        from .service_stripe_checkout_free_trial_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_stripe_checkout_free_trial_create_detailed(
        self,
        *,
        body: StripeCheckoutSessionResponse | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCheckoutSessionResponse]:
        """Like `service_stripe_checkout_free_trial_create`, returning the whole `Response` and raising no status error."""
        from .service_stripe_checkout_free_trial_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_stripe_checkout_retrieve(
        self,
        checkout_uuid: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """``GET /api/service/stripe/checkout/{checkout_uuid}/`` (operation ``service_stripe_checkout_retrieve``)

        Args:
            checkout_uuid (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_stripe_checkout_retrieve import asyncio

        return await asyncio(
            checkout_uuid,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_stripe_checkout_retrieve_detailed(
        self,
        checkout_uuid: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_stripe_checkout_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_stripe_checkout_retrieve import asyncio_detailed

        return await asyncio_detailed(
            checkout_uuid,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_stripe_new_user_checkout_create(
        self,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCheckoutSessionResponse:
        """Stripe checkout session API View for new users (first-time subscription)

        Request the following fields:

        - user_id, username, or email (user identifier) - tenant (tenant type to create after successful
        checkout) - sku - mode (choices: "subscription", "payment", "setup") - success_url - cancel_url
        - period (optional): Billing period - "weekly", "monthly", or "yearly" (defaults to "monthly") -
        skip_card (optional): Skip card collection for free plans - is_free_trial (optional): Enable
        free trial mode

        Response: {
        "redirect_to": "https://checkout.stripe.com/xxx/xxxx/xxxx", }

        ``POST /api/service/stripe/new-user-checkout/`` (operation ``service_stripe_new_user_checkout_create``)

        Args:
            body (StripeCheckoutSessionRequest): Serializer for Stripe checkout session creation
                requests.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            StripeCheckoutSessionResponse
        """

        from .service_stripe_new_user_checkout_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_stripe_new_user_checkout_create_detailed(
        self,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCheckoutSessionResponse]:
        """Like `service_stripe_new_user_checkout_create`, returning the whole `Response` and raising no status error."""
        from .service_stripe_new_user_checkout_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_tenant_validation_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Check if a tenant with a given key, org, or name exists.

        At least one non-empty filter parameter (key, org, or name) is required.

        ``POST /api/service/tenant/validation/`` (operation ``service_tenant_validation_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_tenant_validation_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_tenant_validation_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_tenant_validation_create`, returning the whole `Response` and raising no status error."""
        from .service_tenant_validation_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_token_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """GET Gets site hash_key from or Gets site_id form hash_key

        ``GET /api/service/token/`` (operation ``service_token_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_token_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_token_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_token_retrieve`, returning the whole `Response` and raising no status error."""
        from .service_token_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_user_validation_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Check if tenant exists or not

        ``POST /api/service/user/validation/`` (operation ``service_user_validation_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .service_user_validation_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def service_user_validation_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `service_user_validation_create`, returning the whole `Response` and raising no status error."""
        from .service_user_validation_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class CommerceApi:
    """The ``commerce`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def provider_association_stripe_callback_retrieve(
        self,
        launch_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
        """See `AsyncCommerceApi.provider_association_stripe_callback_retrieve`."""
        from .provider_association_stripe_callback_retrieve import sync

        return sync(
            launch_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def provider_association_stripe_callback_retrieve_detailed(
        self,
        launch_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
        """See `AsyncCommerceApi.provider_association_stripe_callback_retrieve_detailed`."""
        from .provider_association_stripe_callback_retrieve import sync_detailed

        return sync_detailed(
            launch_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_associate_account_create(
        self,
        *,
        body: AssociateAppleAccount | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AssociateAccountResponse:
        """See `AsyncCommerceApi.providers_apple_associate_account_create`."""
        from .providers_apple_associate_account_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_associate_account_create_detailed(
        self,
        *,
        body: AssociateAppleAccount | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AssociateAccountResponse]:
        """See `AsyncCommerceApi.providers_apple_associate_account_create_detailed`."""
        from .providers_apple_associate_account_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_hook_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_apple_hook_create`."""
        from .providers_apple_hook_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_hook_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_apple_hook_create_detailed`."""
        from .providers_apple_hook_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_subscription_status_create(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AppleSubscriptionStatusView:
        """See `AsyncCommerceApi.providers_apple_subscription_status_create`."""
        from .providers_apple_subscription_status_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_subscription_status_create_detailed(
        self,
        *,
        body: AppleSubscriptionStatusRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AppleSubscriptionStatusView]:
        """See `AsyncCommerceApi.providers_apple_subscription_status_create_detailed`."""
        from .providers_apple_subscription_status_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_validate_transaction_id_create(
        self,
        *,
        body: AppleVerifyTransactionId | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BaseResponse:
        """See `AsyncCommerceApi.providers_apple_validate_transaction_id_create`."""
        from .providers_apple_validate_transaction_id_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_apple_validate_transaction_id_create_detailed(
        self,
        *,
        body: AppleVerifyTransactionId | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BaseResponse]:
        """See `AsyncCommerceApi.providers_apple_validate_transaction_id_create_detailed`."""
        from .providers_apple_validate_transaction_id_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_create_organization_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_aws_create_organization_create`."""
        from .providers_aws_create_organization_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_create_organization_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_aws_create_organization_create_detailed`."""
        from .providers_aws_create_organization_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_domain_status_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_aws_domain_status_retrieve`."""
        from .providers_aws_domain_status_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_domain_status_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_aws_domain_status_retrieve_detailed`."""
        from .providers_aws_domain_status_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_launch_tenant_create(
        self,
        *,
        body: AWSTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """See `AsyncCommerceApi.providers_aws_launch_tenant_create`."""
        from .providers_aws_launch_tenant_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_launch_tenant_create_detailed(
        self,
        *,
        body: AWSTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """See `AsyncCommerceApi.providers_aws_launch_tenant_create_detailed`."""
        from .providers_aws_launch_tenant_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_sync_domain_records_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_aws_sync_domain_records_retrieve`."""
        from .providers_aws_sync_domain_records_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_sync_domain_records_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_aws_sync_domain_records_retrieve_detailed`."""
        from .providers_aws_sync_domain_records_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_sync_domain_records_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_aws_sync_domain_records_create`."""
        from .providers_aws_sync_domain_records_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_aws_sync_domain_records_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_aws_sync_domain_records_create_detailed`."""
        from .providers_aws_sync_domain_records_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_create_organization_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_gcp_create_organization_create`."""
        from .providers_gcp_create_organization_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_create_organization_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_gcp_create_organization_create_detailed`."""
        from .providers_gcp_create_organization_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_create_organization_create2(
        self,
        product_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_gcp_create_organization_create2`."""
        from .providers_gcp_create_organization_create2 import sync

        return sync(
            product_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_create_organization_create2_detailed(
        self,
        product_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_gcp_create_organization_create2_detailed`."""
        from .providers_gcp_create_organization_create2 import sync_detailed

        return sync_detailed(
            product_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_hook_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_gcp_hook_create`."""
        from .providers_gcp_hook_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_hook_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_gcp_hook_create_detailed`."""
        from .providers_gcp_hook_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_launch_tenant_create(
        self,
        *,
        body: GCPTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """See `AsyncCommerceApi.providers_gcp_launch_tenant_create`."""
        from .providers_gcp_launch_tenant_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_launch_tenant_create_detailed(
        self,
        *,
        body: GCPTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """See `AsyncCommerceApi.providers_gcp_launch_tenant_create_detailed`."""
        from .providers_gcp_launch_tenant_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_validate_signup_token_create(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> VerifyGCPMarketPlaceResponse:
        """See `AsyncCommerceApi.providers_gcp_validate_signup_token_create`."""
        from .providers_gcp_validate_signup_token_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_gcp_validate_signup_token_create_detailed(
        self,
        *,
        body: VerifyGCPMarketPlaceRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[VerifyGCPMarketPlaceResponse]:
        """See `AsyncCommerceApi.providers_gcp_validate_signup_token_create_detailed`."""
        from .providers_gcp_validate_signup_token_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_google_pay_get_account_retrieve(
        self,
        bundle_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> GooglePayAccountResponse:
        """See `AsyncCommerceApi.providers_google_pay_get_account_retrieve`."""
        from .providers_google_pay_get_account_retrieve import sync

        return sync(
            bundle_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_google_pay_get_account_retrieve_detailed(
        self,
        bundle_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[GooglePayAccountResponse]:
        """See `AsyncCommerceApi.providers_google_pay_get_account_retrieve_detailed`."""
        from .providers_google_pay_get_account_retrieve import sync_detailed

        return sync_detailed(
            bundle_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_google_pay_hook_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.providers_google_pay_hook_create`."""
        from .providers_google_pay_hook_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_google_pay_hook_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.providers_google_pay_hook_create_detailed`."""
        from .providers_google_pay_hook_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_google_pay_validate_transaction_id_create(
        self,
        *,
        body: GooglePayVerifyToken | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> BaseResponse:
        """See `AsyncCommerceApi.providers_google_pay_validate_transaction_id_create`."""
        from .providers_google_pay_validate_transaction_id_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_google_pay_validate_transaction_id_create_detailed(
        self,
        *,
        body: GooglePayVerifyToken | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[BaseResponse]:
        """See `AsyncCommerceApi.providers_google_pay_validate_transaction_id_create_detailed`."""
        from .providers_google_pay_validate_transaction_id_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_stripe_create_organization_create(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """See `AsyncCommerceApi.providers_stripe_create_organization_create`."""
        from .providers_stripe_create_organization_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def providers_stripe_create_organization_create_detailed(
        self,
        *,
        body: StripeNewUserTenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """See `AsyncCommerceApi.providers_stripe_create_organization_create_detailed`."""
        from .providers_stripe_create_organization_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def provision_create(
        self,
        config_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.provision_create`."""
        from .provision_create import sync

        return sync(
            config_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def provision_create_detailed(
        self,
        config_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.provision_create_detailed`."""
        from .provision_create import sync_detailed

        return sync_detailed(
            config_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_launch_tenant_create(
        self,
        *,
        body: TenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantLaunchResponse:
        """See `AsyncCommerceApi.service_launch_tenant_create`."""
        from .service_launch_tenant_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_launch_tenant_create_detailed(
        self,
        *,
        body: TenantLaunchRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantLaunchResponse]:
        """See `AsyncCommerceApi.service_launch_tenant_create_detailed`."""
        from .service_launch_tenant_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_manage_user_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_manage_user_create`."""
        from .service_manage_user_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_manage_user_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_manage_user_create_detailed`."""
        from .service_manage_user_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_manage_user_role_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_manage_user_role_create`."""
        from .service_manage_user_role_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_manage_user_role_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_manage_user_role_create_detailed`."""
        from .service_manage_user_role_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_checkout_session_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCheckoutSessionResponse:
        """See `AsyncCommerceApi.service_orgs_users_stripe_checkout_session_create`."""
        from .service_orgs_users_stripe_checkout_session_create import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_checkout_session_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCheckoutSessionResponse]:
        """See `AsyncCommerceApi.service_orgs_users_stripe_checkout_session_create_detailed`."""
        from .service_orgs_users_stripe_checkout_session_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_customer_portal_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCustomerPortalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCustomerPortalResponse:
        """See `AsyncCommerceApi.service_orgs_users_stripe_customer_portal_create`."""
        from .service_orgs_users_stripe_customer_portal_create import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_customer_portal_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeCustomerPortalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCustomerPortalResponse]:
        """See `AsyncCommerceApi.service_orgs_users_stripe_customer_portal_create_detailed`."""
        from .service_orgs_users_stripe_customer_portal_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_products_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeLocalProduct:
        """See `AsyncCommerceApi.service_orgs_users_stripe_products_retrieve`."""
        from .service_orgs_users_stripe_products_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_products_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeLocalProduct]:
        """See `AsyncCommerceApi.service_orgs_users_stripe_products_retrieve_detailed`."""
        from .service_orgs_users_stripe_products_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_products_manage_create(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_orgs_users_stripe_products_manage_create`."""
        from .service_orgs_users_stripe_products_manage_create import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_products_manage_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_orgs_users_stripe_products_manage_create_detailed`."""
        from .service_orgs_users_stripe_products_manage_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_subscription_renewal_create(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeSubscriptionRenewalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeSubscriptionRenewalResponse:
        """See `AsyncCommerceApi.service_orgs_users_stripe_subscription_renewal_create`."""
        from .service_orgs_users_stripe_subscription_renewal_create import sync

        return sync(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_subscription_renewal_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: StripeSubscriptionRenewalRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeSubscriptionRenewalResponse]:
        """See `AsyncCommerceApi.service_orgs_users_stripe_subscription_renewal_create_detailed`."""
        from .service_orgs_users_stripe_subscription_renewal_create import sync_detailed

        return sync_detailed(
            org,
            user_id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_subscriptions_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_orgs_users_stripe_subscriptions_retrieve`."""
        from .service_orgs_users_stripe_subscriptions_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_users_stripe_subscriptions_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_orgs_users_stripe_subscriptions_retrieve_detailed`."""
        from .service_orgs_users_stripe_subscriptions_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_stripe_course_payment_callback_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_orgs_stripe_course_payment_callback_retrieve`."""
        from .service_orgs_stripe_course_payment_callback_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_orgs_stripe_course_payment_callback_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_orgs_stripe_course_payment_callback_retrieve_detailed`."""
        from .service_orgs_stripe_course_payment_callback_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_destroy(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ServicePlatformsStripeConnectDestroyResponse200:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_destroy`."""
        from .service_platforms_stripe_connect_destroy import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_destroy_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ServicePlatformsStripeConnectDestroyResponse200]:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_destroy_detailed`."""
        from .service_platforms_stripe_connect_destroy import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_dashboard_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectDashboardLink:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_dashboard_retrieve`."""
        from .service_platforms_stripe_connect_dashboard_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_dashboard_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectDashboardLink]:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_dashboard_retrieve_detailed`."""
        from .service_platforms_stripe_connect_dashboard_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_onboard_create(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectOnboardResponse:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_onboard_create`."""
        from .service_platforms_stripe_connect_onboard_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_onboard_create_detailed(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectOnboardResponse]:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_onboard_create_detailed`."""
        from .service_platforms_stripe_connect_onboard_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_onboard_refresh_create(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectOnboardResponse:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_onboard_refresh_create`."""
        from .service_platforms_stripe_connect_onboard_refresh_create import sync

        return sync(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_onboard_refresh_create_detailed(
        self,
        platform_key: str,
        *,
        body: StripeConnectOnboard | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectOnboardResponse]:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_onboard_refresh_create_detailed`."""
        from .service_platforms_stripe_connect_onboard_refresh_create import sync_detailed

        return sync_detailed(
            platform_key,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_status_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeConnectStatus:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_status_retrieve`."""
        from .service_platforms_stripe_connect_status_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_connect_status_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeConnectStatus]:
        """See `AsyncCommerceApi.service_platforms_stripe_connect_status_retrieve_detailed`."""
        from .service_platforms_stripe_connect_status_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_context_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeContext:
        """See `AsyncCommerceApi.service_platforms_stripe_context_retrieve`."""
        from .service_platforms_stripe_context_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_context_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeContext]:
        """See `AsyncCommerceApi.service_platforms_stripe_context_retrieve_detailed`."""
        from .service_platforms_stripe_context_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_credit_topup_callback_retrieve(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_platforms_stripe_credit_topup_callback_retrieve`."""
        from .service_platforms_stripe_credit_topup_callback_retrieve import sync

        return sync(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_credit_topup_callback_retrieve_detailed(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_platforms_stripe_credit_topup_callback_retrieve_detailed`."""
        from .service_platforms_stripe_credit_topup_callback_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_pricing_page_callback_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_platforms_stripe_pricing_page_callback_retrieve`."""
        from .service_platforms_stripe_pricing_page_callback_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_pricing_page_callback_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_platforms_stripe_pricing_page_callback_retrieve_detailed`."""
        from .service_platforms_stripe_pricing_page_callback_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_pricing_page_callback_retrieve2(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_platforms_stripe_pricing_page_callback_retrieve2`."""
        from .service_platforms_stripe_pricing_page_callback_retrieve2 import sync

        return sync(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_pricing_page_callback_retrieve2_detailed(
        self,
        platform_key: str,
        checkout_session_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_platforms_stripe_pricing_page_callback_retrieve2_detailed`."""
        from .service_platforms_stripe_pricing_page_callback_retrieve2 import sync_detailed

        return sync_detailed(
            platform_key,
            checkout_session_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_pricing_page_session_retrieve(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeBillingPageIdentifierResponse:
        """See `AsyncCommerceApi.service_platforms_stripe_pricing_page_session_retrieve`."""
        from .service_platforms_stripe_pricing_page_session_retrieve import sync

        return sync(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_platforms_stripe_pricing_page_session_retrieve_detailed(
        self,
        platform_key: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeBillingPageIdentifierResponse]:
        """See `AsyncCommerceApi.service_platforms_stripe_pricing_page_session_retrieve_detailed`."""
        from .service_platforms_stripe_pricing_page_session_retrieve import sync_detailed

        return sync_detailed(
            platform_key,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_stripe_checkout_free_trial_create(
        self,
        *,
        body: StripeCheckoutSessionResponse | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCheckoutSessionResponse:
        """See `AsyncCommerceApi.service_stripe_checkout_free_trial_create`."""
        from .service_stripe_checkout_free_trial_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_stripe_checkout_free_trial_create_detailed(
        self,
        *,
        body: StripeCheckoutSessionResponse | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCheckoutSessionResponse]:
        """See `AsyncCommerceApi.service_stripe_checkout_free_trial_create_detailed`."""
        from .service_stripe_checkout_free_trial_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_stripe_checkout_retrieve(
        self,
        checkout_uuid: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_stripe_checkout_retrieve`."""
        from .service_stripe_checkout_retrieve import sync

        return sync(
            checkout_uuid,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_stripe_checkout_retrieve_detailed(
        self,
        checkout_uuid: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_stripe_checkout_retrieve_detailed`."""
        from .service_stripe_checkout_retrieve import sync_detailed

        return sync_detailed(
            checkout_uuid,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_stripe_new_user_checkout_create(
        self,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> StripeCheckoutSessionResponse:
        """See `AsyncCommerceApi.service_stripe_new_user_checkout_create`."""
        from .service_stripe_new_user_checkout_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_stripe_new_user_checkout_create_detailed(
        self,
        *,
        body: StripeCheckoutSessionRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[StripeCheckoutSessionResponse]:
        """See `AsyncCommerceApi.service_stripe_new_user_checkout_create_detailed`."""
        from .service_stripe_new_user_checkout_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_tenant_validation_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_tenant_validation_create`."""
        from .service_tenant_validation_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_tenant_validation_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_tenant_validation_create_detailed`."""
        from .service_tenant_validation_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_token_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_token_retrieve`."""
        from .service_token_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_token_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_token_retrieve_detailed`."""
        from .service_token_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_user_validation_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCommerceApi.service_user_validation_create`."""
        from .service_user_validation_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def service_user_validation_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCommerceApi.service_user_validation_create_detailed`."""
        from .service_user_validation_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
