"""Operations tagged ``ai_account`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiAccountApi` / `AiAccountApi`, reached as
``client.ai_account``. A method imports its operation module on first call.
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
    from ...models.ai_account_orgs_users_free_trial_retrieve_200_response import (
        AiAccountOrgsUsersFreeTrialRetrieve200Response,
    )
    from ...models.connected_service import ConnectedService
    from ...models.credential_request import CredentialRequest
    from ...models.fallback_llm import FallbackLLM
    from ...models.integration_credential import IntegrationCredential
    from ...models.integration_credential_schema import IntegrationCredentialSchema
    from ...models.llm_credential_request import LLMCredentialRequest
    from ...models.llm_credential_response import LLMCredentialResponse
    from ...models.llm_credential_schema import LLMCredentialSchema
    from ...models.masked_integration_credential import MaskedIntegrationCredential
    from ...models.masked_llm_credential import MaskedLLMCredential
    from ...models.o_auth_provider import OAuthProvider
    from ...models.o_auth_service import OAuthService
    from ...models.o_auth_start_response import OAuthStartResponse
    from ...models.patched_credential_request import PatchedCredentialRequest
    from ...models.patched_llm_credential_request import PatchedLLMCredentialRequest
    from ...models.tenant_setting import TenantSetting
    from ...models.tenant_setting_request import TenantSettingRequest
    from ...models.use_main_creds import UseMainCreds
    from ...models.user_chat_privacy_settings_request import UserChatPrivacySettingsRequest
    from ...types import UNSET, Unset


class AsyncAiAccountApi:
    """The ``ai_account`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_account_connected_services_callback_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConnectedService:
        """``GET /api/ai-account/connected-services/callback/`` (operation ``ai_account_connected_services_callback_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ConnectedService
        """

        from .ai_account_connected_services_callback_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_callback_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConnectedService]:
        """Like `ai_account_connected_services_callback_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_connected_services_callback_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[ConnectedService]:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/`` (operation ``ai_account_connected_services_orgs_users_list``)

        Args:
            org (str):
            user_id (str):
            ordering (str | Unset):
            provider (str | Unset):
            search (str | Unset):
            service (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[ConnectedService]
        """

        from .ai_account_connected_services_orgs_users_list import asyncio

        return await asyncio(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[ConnectedService]]:
        """Like `ai_account_connected_services_orgs_users_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_connected_services_orgs_users_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConnectedService:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/`` (operation ``ai_account_connected_services_orgs_users_retrieve``)

        Args:
            org (str):
            user_id (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            ConnectedService
        """

        from .ai_account_connected_services_orgs_users_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConnectedService]:
        """Like `ai_account_connected_services_orgs_users_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_connected_services_orgs_users_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``DELETE /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{id}/`` (operation ``ai_account_connected_services_orgs_users_destroy``)

        Args:
            org (str):
            user_id (str):
            id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_account_connected_services_orgs_users_destroy import asyncio

        return await asyncio(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_account_connected_services_orgs_users_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_account_connected_services_orgs_users_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_retrieve2(
        self,
        org: str,
        user_id: str,
        provider: str,
        service: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OAuthStartResponse:
        """Mixin that includes the StudentTokenAuthentication and IsAdminUserOrStudent

        ``GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/`` (operation ``ai_account_connected_services_orgs_users_retrieve2``)

        Args:
            org (str):
            user_id (str):
            provider (str):
            service (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            OAuthStartResponse
        """

        from .ai_account_connected_services_orgs_users_retrieve2 import asyncio

        return await asyncio(
            org,
            user_id,
            provider,
            service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_connected_services_orgs_users_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        provider: str,
        service: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OAuthStartResponse]:
        """Like `ai_account_connected_services_orgs_users_retrieve2`, returning the whole `Response` and raising no status error."""
        from .ai_account_connected_services_orgs_users_retrieve2 import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            provider,
            service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Retrieve LLM credentials for an organization.

        Query Parameters:
        name (optional): Filter results by LLM provider name.
        When name=google, returns both 'google' (service account) and
        'gemini_google_api_key' credentials if they exist.

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of LLM credentials for the organization

        Raises:
        NotFound: When organization is not found or when no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_retrieve``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialResponse
        """

        from .ai_account_orgs_credential_retrieve import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_credential_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_create(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Create a new LLM credential for an organization.

        For azure_openai credentials, if credential already exists, merges the new models with existing
        ones instead of replacing.

        Args:
        request: The HTTP request containing credential information
        org: Organization key identifier

        Returns:
        Response: Created or updated LLM credential

        Raises:
        NotFound: When organization is not found
        ValidationError: When request data is invalid

        ``POST /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_create``)

        Args:
            org (str):
            body (LLMCredentialRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialResponse
        """

        from .ai_account_orgs_credential_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_create_detailed(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_credential_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an existing LLM credential for an organization.

        For azure_openai credentials, supports deleting a specific model by providing the 'model_name'
        field. If model_name is omitted, deletes the entire credential.

        Args:
        request: The HTTP request containing credential information (must include 'name')
        org: Organization key identifier

        Returns:
        Response: 204

        Raises:
        NotFound: When organization or credential is not found
        ValidationError: When request data is invalid

        ``DELETE /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_destroy``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_account_orgs_credential_destroy import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_account_orgs_credential_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Update an existing LLM credential for an organization.

        For azure_openai credentials, supports partial model updates by deep merging the provided model
        fields with existing ones.

        Args:
        request: The HTTP request containing updated credential information
        org: Organization key identifier

        Returns:
        Response: Updated LLM credential

        Raises:
        NotFound: When organization or credential is not found
        ValidationError: When request data is invalid

        ``PATCH /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_partial_update``)

        Args:
            org (str):
            body (PatchedLLMCredentialRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialResponse
        """

        from .ai_account_orgs_credential_partial_update import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_credential_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_schema_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialSchema:
        """Retrieve LLM credentials schemas.

        Query Parameters:
        name (optional): Filter results by LLM service name

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of integration credentials schema available.

        Raises:
        NotFound: When

        no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/credential/schema/`` (operation ``ai_account_orgs_credential_schema_retrieve``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialSchema
        """

        from .ai_account_orgs_credential_schema_retrieve import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_credential_schema_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialSchema]:
        """Like `ai_account_orgs_credential_schema_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_schema_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_list(
        self,
        org: str,
        *,
        is_enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[FallbackLLM]:
        """List fallback LLM configurations

        List all fallback LLM configurations for the tenant and global configs.

        ``GET /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_list``)

        Args:
            org (str):
            is_enabled (bool | Unset):
            ordering (str | Unset):
            scope (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[FallbackLLM]
        """

        from .ai_account_orgs_fallback_llm_list import asyncio

        return await asyncio(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_list_detailed(
        self,
        org: str,
        *,
        is_enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[FallbackLLM]]:
        """Like `ai_account_orgs_fallback_llm_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_fallback_llm_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredential:
        """Retrieve integration credentials for an organization.

        Query Parameters:
        name (optional): Filter results by integration service name

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of integration credentials for the organization

        Raises:
        NotFound: When organization is not found or when no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_retrieve``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IntegrationCredential
        """

        from .ai_account_orgs_integration_credential_retrieve import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """Like `ai_account_orgs_integration_credential_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_create(
        self,
        org: str,
        *,
        body: CredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredential:
        """Create a new integration credential for an organization.

        Args:
        request: The HTTP request containing credential information
        org: Organization key identifier

        Returns:
        Response: Created integration credential

        Raises:
        NotFound: When organization is not found
        ValidationError: When request data is invalid

        ``POST /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_create``)

        Args:
            org (str):
            body (CredentialRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IntegrationCredential
        """

        from .ai_account_orgs_integration_credential_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_create_detailed(
        self,
        org: str,
        *,
        body: CredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """Like `ai_account_orgs_integration_credential_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an existing integration credential for an organization.

        Args:
        request: The HTTP request containing credential information (must include 'name')
        org: Organization key identifier

        Returns:
        Response: 204

        Raises:
        NotFound: When organization or credential is not found
        ValidationError: When request data is invalid

        ``DELETE /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_destroy``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_account_orgs_integration_credential_destroy import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_account_orgs_integration_credential_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredential:
        """Update an existing integration credential for an organization.

        Args:
        request: The HTTP request containing updated credential information
        org: Organization key identifier

        Returns:
        Response: Updated integration credential

        Raises:
        NotFound: When organization or credential is not found
        ValidationError: When request data is invalid

        ``PATCH /api/ai-account/orgs/{org}/integration-credential/`` (operation ``ai_account_orgs_integration_credential_partial_update``)

        Args:
            org (str):
            body (PatchedCredentialRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IntegrationCredential
        """

        from .ai_account_orgs_integration_credential_partial_update import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """Like `ai_account_orgs_integration_credential_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_schema_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredentialSchema:
        """Retrieve integration credentials schema for.

        Query Parameters:
        name (optional): Filter results by integration service name

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of integration credentials schema available.

        Raises:
        NotFound: When

        no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/integration-credential/schema/`` (operation ``ai_account_orgs_integration_credential_schema_retrieve``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IntegrationCredentialSchema
        """

        from .ai_account_orgs_integration_credential_schema_retrieve import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_schema_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredentialSchema]:
        """Like `ai_account_orgs_integration_credential_schema_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_schema_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Retrieve LLM credentials for an organization.

        Query Parameters:
        name (optional): Filter results by LLM provider name.
        When name=google, returns both 'google' (service account) and
        'gemini_google_api_key' credentials if they exist.

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of LLM credentials for the organization

        Raises:
        NotFound: When organization is not found or when no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_retrieve``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialResponse
        """

        from .ai_account_orgs_llm_credential_retrieve import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_llm_credential_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_llm_credential_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_create(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Create a new LLM credential for an organization.

        For azure_openai credentials, if credential already exists, merges the new models with existing
        ones instead of replacing.

        Args:
        request: The HTTP request containing credential information
        org: Organization key identifier

        Returns:
        Response: Created or updated LLM credential

        Raises:
        NotFound: When organization is not found
        ValidationError: When request data is invalid

        ``POST /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_create``)

        Args:
            org (str):
            body (LLMCredentialRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialResponse
        """

        from .ai_account_orgs_llm_credential_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_create_detailed(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_llm_credential_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_llm_credential_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete an existing LLM credential for an organization.

        For azure_openai credentials, supports deleting a specific model by providing the 'model_name'
        field. If model_name is omitted, deletes the entire credential.

        Args:
        request: The HTTP request containing credential information (must include 'name')
        org: Organization key identifier

        Returns:
        Response: 204

        Raises:
        NotFound: When organization or credential is not found
        ValidationError: When request data is invalid

        ``DELETE /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_destroy``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_account_orgs_llm_credential_destroy import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_account_orgs_llm_credential_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_llm_credential_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Update an existing LLM credential for an organization.

        For azure_openai credentials, supports partial model updates by deep merging the provided model
        fields with existing ones.

        Args:
        request: The HTTP request containing updated credential information
        org: Organization key identifier

        Returns:
        Response: Updated LLM credential

        Raises:
        NotFound: When organization or credential is not found
        ValidationError: When request data is invalid

        ``PATCH /api/ai-account/orgs/{org}/llm-credential/`` (operation ``ai_account_orgs_llm_credential_partial_update``)

        Args:
            org (str):
            body (PatchedLLMCredentialRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            LLMCredentialResponse
        """

        from .ai_account_orgs_llm_credential_partial_update import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_llm_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_llm_credential_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_llm_credential_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_masked_integration_credential_list(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[MaskedIntegrationCredential]:
        """Retrieve masked integration credentials for an organization.

        Query Parameters:
        name (optional): Filter results by integration service name

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of integration credentials for the organization

        Raises:
        NotFound: When organization is not found or when no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/masked-integration-credential/`` (operation ``ai_account_orgs_masked_integration_credential_list``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[MaskedIntegrationCredential]
        """

        from .ai_account_orgs_masked_integration_credential_list import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_masked_integration_credential_list_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[MaskedIntegrationCredential]]:
        """Like `ai_account_orgs_masked_integration_credential_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_masked_integration_credential_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_masked_llm_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MaskedLLMCredential:
        """Retrieve LLM credentials for an organization with the value entries masked.

        Query Parameters:
        name (optional): Filter results by LLM provider name

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of LLM credentials for the organization

        Raises:
        NotFound: When organization is not found or when no credentials match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/masked-llm-credential/`` (operation ``ai_account_orgs_masked_llm_credential_retrieve``)

        Args:
            org (str):
            name (str | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            MaskedLLMCredential
        """

        from .ai_account_orgs_masked_llm_credential_retrieve import asyncio

        return await asyncio(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_masked_llm_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MaskedLLMCredential]:
        """Like `ai_account_orgs_masked_llm_credential_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_masked_llm_credential_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_oauth_services_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OAuthProvider]:
        """Return the list of OAuth services that can be used for connected services.

        Query Parameters:
        name (optional): Filter by exact service name (case-insensitive).
        include_disabled (optional): Set to `true` to include disabled services.

        ``GET /api/ai-account/orgs/{org}/oauth-services/`` (operation ``ai_account_orgs_oauth_services_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[OAuthProvider]
        """

        from .ai_account_orgs_oauth_services_list import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_oauth_services_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OAuthProvider]]:
        """Like `ai_account_orgs_oauth_services_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_oauth_services_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_oauth_services_scopes_list(
        self,
        org: str,
        service_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OAuthService]:
        """Return the available scopes for the specified OAuth service.

        Query Parameters:
        include_disabled (optional): Set to `true` to include scopes from disabled services.

        ``GET /api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/`` (operation ``ai_account_orgs_oauth_services_scopes_list``)

        Args:
            org (str):
            service_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[OAuthService]
        """

        from .ai_account_orgs_oauth_services_scopes_list import asyncio

        return await asyncio(
            org,
            service_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_oauth_services_scopes_list_detailed(
        self,
        org: str,
        service_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OAuthService]]:
        """Like `ai_account_orgs_oauth_services_scopes_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_oauth_services_scopes_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            service_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_use_default_llm_key_create(
        self,
        org: str,
        *,
        body: UseMainCreds | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
        """Enable or disable the use of main LLM credentials for an organization.

        Request Body:
        enable (boolean): Set to true to enable main credentials
        disable (boolean): Set to true to disable main credentials

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: Confirmation message

        Raises:
        ValidationError: When neither enable nor disable is specified

        ``POST /api/ai-account/orgs/{org}/use-default-llm-key/`` (operation ``ai_account_orgs_use_default_llm_key_create``)

        Args:
            org (str):
            body (UseMainCreds):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AiAccountOrgsUseDefaultLlmKeyCreate200Response
        """

        from .ai_account_orgs_use_default_llm_key_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_use_default_llm_key_create_detailed(
        self,
        org: str,
        *,
        body: UseMainCreds | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
        """Like `ai_account_orgs_use_default_llm_key_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_use_default_llm_key_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_use_free_trial_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Enable, disable, or update free trial settings for an organization.

        Request Body:
        enable (boolean): Set to true to enable free trial
        disable (boolean): Set to true to disable free trial
        metadata (object, optional): Additional metadata for the free trial

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: Confirmation message

        ``POST /api/ai-account/orgs/{org}/use-free-trial/`` (operation ``ai_account_orgs_use_free_trial_create``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_account_orgs_use_free_trial_create import asyncio

        return await asyncio(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_use_free_trial_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_account_orgs_use_free_trial_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_use_free_trial_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_chat_privacy_config_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get platform chat privacy configuration.

        Returns whether the platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting, which
        determines if users can control their chat history privacy.

        ``GET /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-config/`` (operation ``ai_account_orgs_users_chat_privacy_config_retrieve``)

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

        from .ai_account_orgs_users_chat_privacy_config_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_chat_privacy_config_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_account_orgs_users_chat_privacy_config_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_chat_privacy_config_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_chat_privacy_settings_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Get user's global chat privacy settings.

        Returns the user's current chat privacy mode if the feature is enabled for the platform,
        otherwise indicates the feature is disabled.

        ``GET /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/`` (operation ``ai_account_orgs_users_chat_privacy_settings_retrieve``)

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

        from .ai_account_orgs_users_chat_privacy_settings_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_chat_privacy_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_account_orgs_users_chat_privacy_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_chat_privacy_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_chat_privacy_settings_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatPrivacySettingsRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Update user's global chat privacy settings.

        Allows users to set their chat privacy preference (normal, anonymized, or disabled) if the
        platform has enabled the ALLOW_USER_CHAT_PRIVACY_CONTROL setting.

        ``POST /api/ai-account/orgs/{org}/users/{user_id}/chat-privacy-settings/`` (operation ``ai_account_orgs_users_chat_privacy_settings_create``)

        Args:
            org (str):
            user_id (str):
            body (UserChatPrivacySettingsRequest | Unset): Serializer for user chat privacy settings.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .ai_account_orgs_users_chat_privacy_settings_create import asyncio

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

    async def ai_account_orgs_users_chat_privacy_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatPrivacySettingsRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_account_orgs_users_chat_privacy_settings_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_chat_privacy_settings_create import asyncio_detailed

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

    async def ai_account_orgs_users_default_llm_key_usage_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Retrieve the status of main LLM credential usage for an organization.

        Args:
        request: The HTTP request
        org: Organization key identifier
        user_id: User identifier

        Returns:
        Response: Status of main LLM credential usage

        ``GET /api/ai-account/orgs/{org}/users/{user_id}/default-llm-key-usage`` (operation ``ai_account_orgs_users_default_llm_key_usage_retrieve``)

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

        from .ai_account_orgs_users_default_llm_key_usage_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_default_llm_key_usage_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `ai_account_orgs_users_default_llm_key_usage_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_default_llm_key_usage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_free_trial_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AiAccountOrgsUsersFreeTrialRetrieve200Response:
        """Retrieve the free trial status for an organization.

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: Free trial status (boolean)

        Raises:
        NotFound: When organization is not found

        ``GET /api/ai-account/orgs/{org}/users/{user_id}/free-trial`` (operation ``ai_account_orgs_users_free_trial_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AiAccountOrgsUsersFreeTrialRetrieve200Response
        """

        from .ai_account_orgs_users_free_trial_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_free_trial_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AiAccountOrgsUsersFreeTrialRetrieve200Response]:
        """Like `ai_account_orgs_users_free_trial_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_free_trial_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_tenant_settings_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantSetting:
        """Get a platform's settings

        Example response: ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"}

        ```

        ``GET /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_retrieve``)

        Args:
            org (str):
            user_id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantSetting
        """

        from .ai_account_orgs_users_tenant_settings_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_tenant_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantSetting]:
        """Like `ai_account_orgs_users_tenant_settings_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_tenant_settings_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_users_tenant_settings_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantSetting:
        """Example Request:

        ``` {"teams_bot_mentor": "f2116cf2-95c7-4c1f-b19e-666ad529439f"} ``` The value here is the
        mentor's unique id

        ``POST /api/ai-account/orgs/{org}/users/{user_id}/tenant-settings/`` (operation ``ai_account_orgs_users_tenant_settings_create``)

        Args:
            org (str):
            user_id (str):
            body (TenantSettingRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            TenantSetting
        """

        from .ai_account_orgs_users_tenant_settings_create import asyncio

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

    async def ai_account_orgs_users_tenant_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantSetting]:
        """Like `ai_account_orgs_users_tenant_settings_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_tenant_settings_create import asyncio_detailed

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


class AiAccountApi:
    """The ``ai_account`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_account_connected_services_callback_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConnectedService:
        """See `AsyncAiAccountApi.ai_account_connected_services_callback_retrieve`."""
        from .ai_account_connected_services_callback_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_callback_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConnectedService]:
        """See `AsyncAiAccountApi.ai_account_connected_services_callback_retrieve_detailed`."""
        from .ai_account_connected_services_callback_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_list(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[ConnectedService]:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_list`."""
        from .ai_account_connected_services_orgs_users_list import sync

        return sync(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_list_detailed(
        self,
        org: str,
        user_id: str,
        *,
        ordering: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[ConnectedService]]:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_list_detailed`."""
        from .ai_account_connected_services_orgs_users_list import sync_detailed

        return sync_detailed(
            org,
            user_id,
            ordering=ordering,
            provider=provider,
            search=search,
            service=service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_retrieve(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> ConnectedService:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_retrieve`."""
        from .ai_account_connected_services_orgs_users_retrieve import sync

        return sync(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[ConnectedService]:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_retrieve_detailed`."""
        from .ai_account_connected_services_orgs_users_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_destroy(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_destroy`."""
        from .ai_account_connected_services_orgs_users_destroy import sync

        return sync(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_destroy_detailed(
        self,
        org: str,
        user_id: str,
        id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_destroy_detailed`."""
        from .ai_account_connected_services_orgs_users_destroy import sync_detailed

        return sync_detailed(
            org,
            user_id,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_retrieve2(
        self,
        org: str,
        user_id: str,
        provider: str,
        service: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> OAuthStartResponse:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_retrieve2`."""
        from .ai_account_connected_services_orgs_users_retrieve2 import sync

        return sync(
            org,
            user_id,
            provider,
            service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_connected_services_orgs_users_retrieve2_detailed(
        self,
        org: str,
        user_id: str,
        provider: str,
        service: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[OAuthStartResponse]:
        """See `AsyncAiAccountApi.ai_account_connected_services_orgs_users_retrieve2_detailed`."""
        from .ai_account_connected_services_orgs_users_retrieve2 import sync_detailed

        return sync_detailed(
            org,
            user_id,
            provider,
            service,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_retrieve`."""
        from .ai_account_orgs_credential_retrieve import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_retrieve_detailed`."""
        from .ai_account_orgs_credential_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_create(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_create`."""
        from .ai_account_orgs_credential_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_create_detailed(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_create_detailed`."""
        from .ai_account_orgs_credential_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_destroy`."""
        from .ai_account_orgs_credential_destroy import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_destroy_detailed`."""
        from .ai_account_orgs_credential_destroy import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_partial_update`."""
        from .ai_account_orgs_credential_partial_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_partial_update_detailed`."""
        from .ai_account_orgs_credential_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_schema_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialSchema:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_schema_retrieve`."""
        from .ai_account_orgs_credential_schema_retrieve import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_credential_schema_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialSchema]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_schema_retrieve_detailed`."""
        from .ai_account_orgs_credential_schema_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_list(
        self,
        org: str,
        *,
        is_enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[FallbackLLM]:
        """See `AsyncAiAccountApi.ai_account_orgs_fallback_llm_list`."""
        from .ai_account_orgs_fallback_llm_list import sync

        return sync(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_list_detailed(
        self,
        org: str,
        *,
        is_enabled: bool | Unset = UNSET,
        ordering: str | Unset = UNSET,
        scope: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[FallbackLLM]]:
        """See `AsyncAiAccountApi.ai_account_orgs_fallback_llm_list_detailed`."""
        from .ai_account_orgs_fallback_llm_list import sync_detailed

        return sync_detailed(
            org,
            is_enabled=is_enabled,
            ordering=ordering,
            scope=scope,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_retrieve`."""
        from .ai_account_orgs_integration_credential_retrieve import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_retrieve_detailed`."""
        from .ai_account_orgs_integration_credential_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_create(
        self,
        org: str,
        *,
        body: CredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_create`."""
        from .ai_account_orgs_integration_credential_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_create_detailed(
        self,
        org: str,
        *,
        body: CredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_create_detailed`."""
        from .ai_account_orgs_integration_credential_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_destroy`."""
        from .ai_account_orgs_integration_credential_destroy import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_destroy_detailed`."""
        from .ai_account_orgs_integration_credential_destroy import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_partial_update`."""
        from .ai_account_orgs_integration_credential_partial_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_partial_update_detailed`."""
        from .ai_account_orgs_integration_credential_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_schema_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> IntegrationCredentialSchema:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_schema_retrieve`."""
        from .ai_account_orgs_integration_credential_schema_retrieve import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_schema_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[IntegrationCredentialSchema]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_schema_retrieve_detailed`."""
        from .ai_account_orgs_integration_credential_schema_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_retrieve`."""
        from .ai_account_orgs_llm_credential_retrieve import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_retrieve_detailed`."""
        from .ai_account_orgs_llm_credential_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_create(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_create`."""
        from .ai_account_orgs_llm_credential_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_create_detailed(
        self,
        org: str,
        *,
        body: LLMCredentialRequest | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_create_detailed`."""
        from .ai_account_orgs_llm_credential_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_destroy(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_destroy`."""
        from .ai_account_orgs_llm_credential_destroy import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_destroy_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_destroy_detailed`."""
        from .ai_account_orgs_llm_credential_destroy import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_partial_update`."""
        from .ai_account_orgs_llm_credential_partial_update import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_llm_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_llm_credential_partial_update_detailed`."""
        from .ai_account_orgs_llm_credential_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_masked_integration_credential_list(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[MaskedIntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_masked_integration_credential_list`."""
        from .ai_account_orgs_masked_integration_credential_list import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_masked_integration_credential_list_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[MaskedIntegrationCredential]]:
        """See `AsyncAiAccountApi.ai_account_orgs_masked_integration_credential_list_detailed`."""
        from .ai_account_orgs_masked_integration_credential_list import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_masked_llm_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> MaskedLLMCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_masked_llm_credential_retrieve`."""
        from .ai_account_orgs_masked_llm_credential_retrieve import sync

        return sync(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_masked_llm_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[MaskedLLMCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_masked_llm_credential_retrieve_detailed`."""
        from .ai_account_orgs_masked_llm_credential_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_oauth_services_list(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OAuthProvider]:
        """See `AsyncAiAccountApi.ai_account_orgs_oauth_services_list`."""
        from .ai_account_orgs_oauth_services_list import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_oauth_services_list_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OAuthProvider]]:
        """See `AsyncAiAccountApi.ai_account_orgs_oauth_services_list_detailed`."""
        from .ai_account_orgs_oauth_services_list import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_oauth_services_scopes_list(
        self,
        org: str,
        service_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> list[OAuthService]:
        """See `AsyncAiAccountApi.ai_account_orgs_oauth_services_scopes_list`."""
        from .ai_account_orgs_oauth_services_scopes_list import sync

        return sync(
            org,
            service_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_oauth_services_scopes_list_detailed(
        self,
        org: str,
        service_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[list[OAuthService]]:
        """See `AsyncAiAccountApi.ai_account_orgs_oauth_services_scopes_list_detailed`."""
        from .ai_account_orgs_oauth_services_scopes_list import sync_detailed

        return sync_detailed(
            org,
            service_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_use_default_llm_key_create(
        self,
        org: str,
        *,
        body: UseMainCreds | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
        """See `AsyncAiAccountApi.ai_account_orgs_use_default_llm_key_create`."""
        from .ai_account_orgs_use_default_llm_key_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_use_default_llm_key_create_detailed(
        self,
        org: str,
        *,
        body: UseMainCreds | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
        """See `AsyncAiAccountApi.ai_account_orgs_use_default_llm_key_create_detailed`."""
        from .ai_account_orgs_use_default_llm_key_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_use_free_trial_create(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiAccountApi.ai_account_orgs_use_free_trial_create`."""
        from .ai_account_orgs_use_free_trial_create import sync

        return sync(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_use_free_trial_create_detailed(
        self,
        org: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiAccountApi.ai_account_orgs_use_free_trial_create_detailed`."""
        from .ai_account_orgs_use_free_trial_create import sync_detailed

        return sync_detailed(
            org,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_chat_privacy_config_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiAccountApi.ai_account_orgs_users_chat_privacy_config_retrieve`."""
        from .ai_account_orgs_users_chat_privacy_config_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_chat_privacy_config_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_chat_privacy_config_retrieve_detailed`."""
        from .ai_account_orgs_users_chat_privacy_config_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_chat_privacy_settings_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiAccountApi.ai_account_orgs_users_chat_privacy_settings_retrieve`."""
        from .ai_account_orgs_users_chat_privacy_settings_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_chat_privacy_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_chat_privacy_settings_retrieve_detailed`."""
        from .ai_account_orgs_users_chat_privacy_settings_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_chat_privacy_settings_create(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatPrivacySettingsRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiAccountApi.ai_account_orgs_users_chat_privacy_settings_create`."""
        from .ai_account_orgs_users_chat_privacy_settings_create import sync

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

    def ai_account_orgs_users_chat_privacy_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: UserChatPrivacySettingsRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_chat_privacy_settings_create_detailed`."""
        from .ai_account_orgs_users_chat_privacy_settings_create import sync_detailed

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

    def ai_account_orgs_users_default_llm_key_usage_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncAiAccountApi.ai_account_orgs_users_default_llm_key_usage_retrieve`."""
        from .ai_account_orgs_users_default_llm_key_usage_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_default_llm_key_usage_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_default_llm_key_usage_retrieve_detailed`."""
        from .ai_account_orgs_users_default_llm_key_usage_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_free_trial_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AiAccountOrgsUsersFreeTrialRetrieve200Response:
        """See `AsyncAiAccountApi.ai_account_orgs_users_free_trial_retrieve`."""
        from .ai_account_orgs_users_free_trial_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_free_trial_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AiAccountOrgsUsersFreeTrialRetrieve200Response]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_free_trial_retrieve_detailed`."""
        from .ai_account_orgs_users_free_trial_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_tenant_settings_retrieve(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantSetting:
        """See `AsyncAiAccountApi.ai_account_orgs_users_tenant_settings_retrieve`."""
        from .ai_account_orgs_users_tenant_settings_retrieve import sync

        return sync(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_tenant_settings_retrieve_detailed(
        self,
        org: str,
        user_id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantSetting]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_tenant_settings_retrieve_detailed`."""
        from .ai_account_orgs_users_tenant_settings_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_users_tenant_settings_create(
        self,
        org: str,
        user_id: str,
        *,
        body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> TenantSetting:
        """See `AsyncAiAccountApi.ai_account_orgs_users_tenant_settings_create`."""
        from .ai_account_orgs_users_tenant_settings_create import sync

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

    def ai_account_orgs_users_tenant_settings_create_detailed(
        self,
        org: str,
        user_id: str,
        *,
        body: TenantSettingRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[TenantSetting]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_tenant_settings_create_detailed`."""
        from .ai_account_orgs_users_tenant_settings_create import sync_detailed

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
