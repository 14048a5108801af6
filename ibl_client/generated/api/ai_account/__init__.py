"""Operations tagged ``ai_account`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAiAccountApi` / `AiAccountApi`, reached as
``client.ai_account``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

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
    from ...models.api_token_cost import APITokenCost
    from ...models.credential_request import CredentialRequest
    from ...models.iblai_platform_meta import IBLAIPlatformMeta
    from ...models.iblai_platform_meta_request import IBLAIPlatformMetaRequest
    from ...models.iblai_platform_meta_update_request import IBLAIPlatformMetaUpdateRequest
    from ...models.integration_credential import IntegrationCredential
    from ...models.llm_credential_request import LLMCredentialRequest
    from ...models.llm_credential_response import LLMCredentialResponse
    from ...models.patched_credential_request import PatchedCredentialRequest
    from ...models.patched_llm_credential_request import PatchedLLMCredentialRequest
    from ...models.use_main_creds import UseMainCreds
    from ...types import UNSET, Unset


class AsyncAiAccountApi:
    """The ``ai_account`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_account_orgs_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Retrieve LLM credentials for an organization.

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

        ``GET /api/ai-account/orgs/{org}/credential/`` (operation ``ai_account_orgs_credential_retrieve``)

        Args:
            org (str):
            name (str | Unset): Filter credentials by provider name (e.g., 'openai', 'google')

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
            client=self._client,
        )

    async def ai_account_orgs_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_credential_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            client=self._client,
        )

    async def ai_account_orgs_credential_create(
        self,
        org: str,
        *,
        body: LLMCredentialRequest,
    ) -> LLMCredentialResponse:
        """Create a new LLM credential for an organization.

        Args:
        request: The HTTP request containing credential information
        org: Organization key identifier

        Returns:
        Response: Created LLM credential

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
            client=self._client,
        )

    async def ai_account_orgs_credential_create_detailed(
        self,
        org: str,
        *,
        body: LLMCredentialRequest,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_credential_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """Update an existing LLM credential for an organization.

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
            client=self._client,
        )

    async def ai_account_orgs_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """Like `ai_account_orgs_credential_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_credential_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
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
            name (str | Unset): Filter credentials by provider name (e.g., 'openai', 'google')

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
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """Like `ai_account_orgs_integration_credential_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            name=name,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_create(
        self,
        org: str,
        *,
        body: CredentialRequest,
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
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_create_detailed(
        self,
        org: str,
        *,
        body: CredentialRequest,
    ) -> Response[IntegrationCredential]:
        """Like `ai_account_orgs_integration_credential_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Unset = UNSET,
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
            client=self._client,
        )

    async def ai_account_orgs_integration_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """Like `ai_account_orgs_integration_credential_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_integration_credential_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_platform_metadata_list(
        self,
        org: str,
    ) -> list[IBLAIPlatformMeta]:
        """Retrieve platform metadata for a specific organization.

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: Platform metadata including service configurations and active services

        Raises:
        NotFound: When platform metadata is not found

        ``GET /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_list``)

        Args:
            org (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[IBLAIPlatformMeta]
        """

        from .ai_account_orgs_platform_metadata_list import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def ai_account_orgs_platform_metadata_list_detailed(
        self,
        org: str,
    ) -> Response[list[IBLAIPlatformMeta]]:
        """Like `ai_account_orgs_platform_metadata_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_platform_metadata_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_account_orgs_platform_metadata_update(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaUpdateRequest | Unset = UNSET,
    ) -> list[IBLAIPlatformMeta]:
        """Update specific fields of platform metadata for an organization.

        This endpoint allows updating the active LLM provider and available LLMs.

        Args:
        request: The HTTP request containing update information
        org: Organization key identifier

        Returns:
        Response: Updated platform metadata

        Raises:
        NotFound: When platform metadata is not found
        ValidationError: When request data is invalid

        ``PUT /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_update``)

        Args:
            org (str):
            body (IBLAIPlatformMetaUpdateRequest | Unset):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[IBLAIPlatformMeta]
        """

        from .ai_account_orgs_platform_metadata_update import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_platform_metadata_update_detailed(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaUpdateRequest | Unset = UNSET,
    ) -> Response[list[IBLAIPlatformMeta]]:
        """Like `ai_account_orgs_platform_metadata_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_platform_metadata_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_platform_metadata_create(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaRequest,
    ) -> IBLAIPlatformMeta:
        """Create or update platform metadata for a specific organization.

        Args:
        request: The HTTP request containing metadata information
        org: Organization key identifier

        Returns:
        Response: Created/updated platform metadata

        Raises:
        NotFound: When platform is not found
        ValidationError: When request data is invalid

        ``POST /api/ai-account/orgs/{org}/platform-metadata/`` (operation ``ai_account_orgs_platform_metadata_create``)

        Args:
            org (str):
            body (IBLAIPlatformMetaRequest):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            IBLAIPlatformMeta
        """

        from .ai_account_orgs_platform_metadata_create import asyncio

        return await asyncio(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_platform_metadata_create_detailed(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaRequest,
    ) -> Response[IBLAIPlatformMeta]:
        """Like `ai_account_orgs_platform_metadata_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_platform_metadata_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_tokens_list(
        self,
        org: str,
        *,
        session_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[APITokenCost]:
        """Retrieve weekly token usage statistics for an organization.

        Query Parameters:
        username (optional): Filter results by specific username
        session_id (optional): Filter results by specific session ID

        Args:
        request: The HTTP request
        org: Organization key identifier

        Returns:
        Response: List of weekly token usage records with prompt and completion tokens

        Raises:
        NotFound: When organization is not found or when no sessions match the filters
        ValidationError: When query parameters are invalid

        ``GET /api/ai-account/orgs/{org}/tokens/`` (operation ``ai_account_orgs_tokens_list``)

        Args:
            org (str):
            session_id (str | Unset): Filter token usage by specific chat session ID
            username (str | Unset): Filter token usage by specific username

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            list[APITokenCost]
        """

        from .ai_account_orgs_tokens_list import asyncio

        return await asyncio(
            org,
            session_id=session_id,
            username=username,
            client=self._client,
        )

    async def ai_account_orgs_tokens_list_detailed(
        self,
        org: str,
        *,
        session_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[APITokenCost]]:
        """Like `ai_account_orgs_tokens_list`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_tokens_list import asyncio_detailed

        return await asyncio_detailed(
            org,
            session_id=session_id,
            username=username,
            client=self._client,
        )

    async def ai_account_orgs_use_default_llm_key_create(
        self,
        org: str,
        *,
        body: UseMainCreds,
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
            client=self._client,
        )

    async def ai_account_orgs_use_default_llm_key_create_detailed(
        self,
        org: str,
        *,
        body: UseMainCreds,
    ) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
        """Like `ai_account_orgs_use_default_llm_key_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_use_default_llm_key_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            client=self._client,
        )

    async def ai_account_orgs_use_free_trial_create(
        self,
        org: str,
    ) -> Any:
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
            Any
        """

        from .ai_account_orgs_use_free_trial_create import asyncio

        return await asyncio(
            org,
            client=self._client,
        )

    async def ai_account_orgs_use_free_trial_create_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """Like `ai_account_orgs_use_free_trial_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_use_free_trial_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            client=self._client,
        )

    async def ai_account_orgs_users_default_llm_key_usage_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
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
            Any
        """

        from .ai_account_orgs_users_default_llm_key_usage_retrieve import asyncio

        return await asyncio(
            org,
            user_id,
            client=self._client,
        )

    async def ai_account_orgs_users_default_llm_key_usage_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """Like `ai_account_orgs_users_default_llm_key_usage_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_default_llm_key_usage_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )

    async def ai_account_orgs_users_free_trial_retrieve(
        self,
        org: str,
        user_id: str,
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
            client=self._client,
        )

    async def ai_account_orgs_users_free_trial_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[AiAccountOrgsUsersFreeTrialRetrieve200Response]:
        """Like `ai_account_orgs_users_free_trial_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_users_free_trial_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            user_id,
            client=self._client,
        )


class AiAccountApi:
    """The ``ai_account`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_account_orgs_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_retrieve`."""
        from .ai_account_orgs_credential_retrieve import sync

        return sync(
            org,
            name=name,
            client=self._client,
        )

    def ai_account_orgs_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_retrieve_detailed`."""
        from .ai_account_orgs_credential_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            client=self._client,
        )

    def ai_account_orgs_credential_create(
        self,
        org: str,
        *,
        body: LLMCredentialRequest,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_create`."""
        from .ai_account_orgs_credential_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_credential_create_detailed(
        self,
        org: str,
        *,
        body: LLMCredentialRequest,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_create_detailed`."""
        from .ai_account_orgs_credential_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
    ) -> LLMCredentialResponse:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_partial_update`."""
        from .ai_account_orgs_credential_partial_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedLLMCredentialRequest | Unset = UNSET,
    ) -> Response[LLMCredentialResponse]:
        """See `AsyncAiAccountApi.ai_account_orgs_credential_partial_update_detailed`."""
        from .ai_account_orgs_credential_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_retrieve(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> IntegrationCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_retrieve`."""
        from .ai_account_orgs_integration_credential_retrieve import sync

        return sync(
            org,
            name=name,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_retrieve_detailed(
        self,
        org: str,
        *,
        name: str | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_retrieve_detailed`."""
        from .ai_account_orgs_integration_credential_retrieve import sync_detailed

        return sync_detailed(
            org,
            name=name,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_create(
        self,
        org: str,
        *,
        body: CredentialRequest,
    ) -> IntegrationCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_create`."""
        from .ai_account_orgs_integration_credential_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_create_detailed(
        self,
        org: str,
        *,
        body: CredentialRequest,
    ) -> Response[IntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_create_detailed`."""
        from .ai_account_orgs_integration_credential_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_partial_update(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Unset = UNSET,
    ) -> IntegrationCredential:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_partial_update`."""
        from .ai_account_orgs_integration_credential_partial_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_integration_credential_partial_update_detailed(
        self,
        org: str,
        *,
        body: PatchedCredentialRequest | Unset = UNSET,
    ) -> Response[IntegrationCredential]:
        """See `AsyncAiAccountApi.ai_account_orgs_integration_credential_partial_update_detailed`."""
        from .ai_account_orgs_integration_credential_partial_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_platform_metadata_list(
        self,
        org: str,
    ) -> list[IBLAIPlatformMeta]:
        """See `AsyncAiAccountApi.ai_account_orgs_platform_metadata_list`."""
        from .ai_account_orgs_platform_metadata_list import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_account_orgs_platform_metadata_list_detailed(
        self,
        org: str,
    ) -> Response[list[IBLAIPlatformMeta]]:
        """See `AsyncAiAccountApi.ai_account_orgs_platform_metadata_list_detailed`."""
        from .ai_account_orgs_platform_metadata_list import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_account_orgs_platform_metadata_update(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaUpdateRequest | Unset = UNSET,
    ) -> list[IBLAIPlatformMeta]:
        """See `AsyncAiAccountApi.ai_account_orgs_platform_metadata_update`."""
        from .ai_account_orgs_platform_metadata_update import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_platform_metadata_update_detailed(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaUpdateRequest | Unset = UNSET,
    ) -> Response[list[IBLAIPlatformMeta]]:
        """See `AsyncAiAccountApi.ai_account_orgs_platform_metadata_update_detailed`."""
        from .ai_account_orgs_platform_metadata_update import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_platform_metadata_create(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaRequest,
    ) -> IBLAIPlatformMeta:
        """See `AsyncAiAccountApi.ai_account_orgs_platform_metadata_create`."""
        from .ai_account_orgs_platform_metadata_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_platform_metadata_create_detailed(
        self,
        org: str,
        *,
        body: IBLAIPlatformMetaRequest,
    ) -> Response[IBLAIPlatformMeta]:
        """See `AsyncAiAccountApi.ai_account_orgs_platform_metadata_create_detailed`."""
        from .ai_account_orgs_platform_metadata_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_tokens_list(
        self,
        org: str,
        *,
        session_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> list[APITokenCost]:
        """See `AsyncAiAccountApi.ai_account_orgs_tokens_list`."""
        from .ai_account_orgs_tokens_list import sync

        return sync(
            org,
            session_id=session_id,
            username=username,
            client=self._client,
        )

    def ai_account_orgs_tokens_list_detailed(
        self,
        org: str,
        *,
        session_id: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> Response[list[APITokenCost]]:
        """See `AsyncAiAccountApi.ai_account_orgs_tokens_list_detailed`."""
        from .ai_account_orgs_tokens_list import sync_detailed

        return sync_detailed(
            org,
            session_id=session_id,
            username=username,
            client=self._client,
        )

    def ai_account_orgs_use_default_llm_key_create(
        self,
        org: str,
        *,
        body: UseMainCreds,
    ) -> AiAccountOrgsUseDefaultLlmKeyCreate200Response:
        """See `AsyncAiAccountApi.ai_account_orgs_use_default_llm_key_create`."""
        from .ai_account_orgs_use_default_llm_key_create import sync

        return sync(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_use_default_llm_key_create_detailed(
        self,
        org: str,
        *,
        body: UseMainCreds,
    ) -> Response[AiAccountOrgsUseDefaultLlmKeyCreate200Response]:
        """See `AsyncAiAccountApi.ai_account_orgs_use_default_llm_key_create_detailed`."""
        from .ai_account_orgs_use_default_llm_key_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            client=self._client,
        )

    def ai_account_orgs_use_free_trial_create(
        self,
        org: str,
    ) -> Any:
        """See `AsyncAiAccountApi.ai_account_orgs_use_free_trial_create`."""
        from .ai_account_orgs_use_free_trial_create import sync

        return sync(
            org,
            client=self._client,
        )

    def ai_account_orgs_use_free_trial_create_detailed(
        self,
        org: str,
    ) -> Response[Any]:
        """See `AsyncAiAccountApi.ai_account_orgs_use_free_trial_create_detailed`."""
        from .ai_account_orgs_use_free_trial_create import sync_detailed

        return sync_detailed(
            org,
            client=self._client,
        )

    def ai_account_orgs_users_default_llm_key_usage_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> Any:
        """See `AsyncAiAccountApi.ai_account_orgs_users_default_llm_key_usage_retrieve`."""
        from .ai_account_orgs_users_default_llm_key_usage_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_account_orgs_users_default_llm_key_usage_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[Any]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_default_llm_key_usage_retrieve_detailed`."""
        from .ai_account_orgs_users_default_llm_key_usage_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )

    def ai_account_orgs_users_free_trial_retrieve(
        self,
        org: str,
        user_id: str,
    ) -> AiAccountOrgsUsersFreeTrialRetrieve200Response:
        """See `AsyncAiAccountApi.ai_account_orgs_users_free_trial_retrieve`."""
        from .ai_account_orgs_users_free_trial_retrieve import sync

        return sync(
            org,
            user_id,
            client=self._client,
        )

    def ai_account_orgs_users_free_trial_retrieve_detailed(
        self,
        org: str,
        user_id: str,
    ) -> Response[AiAccountOrgsUsersFreeTrialRetrieve200Response]:
        """See `AsyncAiAccountApi.ai_account_orgs_users_free_trial_retrieve_detailed`."""
        from .ai_account_orgs_users_free_trial_retrieve import sync_detailed

        return sync_detailed(
            org,
            user_id,
            client=self._client,
        )
