"""Operations tagged ``fallback_llm`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncFallbackLlmApi` / `FallbackLlmApi`, reached as
``client.fallback_llm``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.fallback_llm import FallbackLLM
    from ...models.fallback_llm_create import FallbackLLMCreate
    from ...models.fallback_llm_update import FallbackLLMUpdate
    from ...models.patched_fallback_llm_update import PatchedFallbackLLMUpdate
    from ...types import UNSET, Unset


class AsyncFallbackLlmApi:
    """The ``fallback_llm`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ai_account_orgs_fallback_llm_create(
        self,
        org: str,
        *,
        body: FallbackLLMCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """Create fallback LLM configuration

        Create a new fallback LLM configuration.
        - For model scope: specify source_model_name
        - For provider scope: only source_provider_name is needed
        - Leave tenant_key empty for global configuration

        ``POST /api/ai-account/orgs/{org}/fallback-llm/`` (operation ``ai_account_orgs_fallback_llm_create``)

        Args:
            org (str):
            body (FallbackLLMCreate): Serializer for creating FallbackLLM configuration.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FallbackLLM
        """

        from .ai_account_orgs_fallback_llm_create import asyncio

        return await asyncio(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_create_detailed(
        self,
        org: str,
        *,
        body: FallbackLLMCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """Like `ai_account_orgs_fallback_llm_create`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_fallback_llm_create import asyncio_detailed

        return await asyncio_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_retrieve(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """Get fallback LLM configuration

        Retrieve a specific fallback LLM configuration.

        ``GET /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_retrieve``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FallbackLLM
        """

        from .ai_account_orgs_fallback_llm_retrieve import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_retrieve_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """Like `ai_account_orgs_fallback_llm_retrieve`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_fallback_llm_retrieve import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_update(
        self,
        org: str,
        id: str,
        *,
        body: FallbackLLMUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """Update fallback LLM configuration

        Update an existing fallback LLM configuration.

        ``PUT /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_update``)

        Args:
            org (str):
            id (str):
            body (FallbackLLMUpdate): Serializer for updating FallbackLLM configuration.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FallbackLLM
        """

        from .ai_account_orgs_fallback_llm_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_update_detailed(
        self,
        org: str,
        id: str,
        *,
        body: FallbackLLMUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """Like `ai_account_orgs_fallback_llm_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_fallback_llm_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """Delete fallback LLM configuration

        Delete a fallback LLM configuration.

        ``DELETE /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_destroy``)

        Args:
            org (str):
            id (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .ai_account_orgs_fallback_llm_destroy import asyncio

        return await asyncio(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `ai_account_orgs_fallback_llm_destroy`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_fallback_llm_destroy import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_partial_update(
        self,
        org: str,
        id: str,
        *,
        body: PatchedFallbackLLMUpdate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """Partially update fallback LLM configuration

        Partially update an existing fallback LLM configuration.

        ``PATCH /api/ai-account/orgs/{org}/fallback-llm/{id}/`` (operation ``ai_account_orgs_fallback_llm_partial_update``)

        Args:
            org (str):
            id (str):
            body (PatchedFallbackLLMUpdate | Unset): Serializer for updating FallbackLLM
                configuration.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            FallbackLLM
        """

        from .ai_account_orgs_fallback_llm_partial_update import asyncio

        return await asyncio(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def ai_account_orgs_fallback_llm_partial_update_detailed(
        self,
        org: str,
        id: str,
        *,
        body: PatchedFallbackLLMUpdate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """Like `ai_account_orgs_fallback_llm_partial_update`, returning the whole `Response` and raising no status error."""
        from .ai_account_orgs_fallback_llm_partial_update import asyncio_detailed

        return await asyncio_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class FallbackLlmApi:
    """The ``fallback_llm`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def ai_account_orgs_fallback_llm_create(
        self,
        org: str,
        *,
        body: FallbackLLMCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_create`."""
        from .ai_account_orgs_fallback_llm_create import sync

        return sync(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_create_detailed(
        self,
        org: str,
        *,
        body: FallbackLLMCreate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_create_detailed`."""
        from .ai_account_orgs_fallback_llm_create import sync_detailed

        return sync_detailed(
            org,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_retrieve(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_retrieve`."""
        from .ai_account_orgs_fallback_llm_retrieve import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_retrieve_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_retrieve_detailed`."""
        from .ai_account_orgs_fallback_llm_retrieve import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_update(
        self,
        org: str,
        id: str,
        *,
        body: FallbackLLMUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_update`."""
        from .ai_account_orgs_fallback_llm_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_update_detailed(
        self,
        org: str,
        id: str,
        *,
        body: FallbackLLMUpdate | Mapping[str, Any],
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_update_detailed`."""
        from .ai_account_orgs_fallback_llm_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_destroy(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_destroy`."""
        from .ai_account_orgs_fallback_llm_destroy import sync

        return sync(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_destroy_detailed(
        self,
        org: str,
        id: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_destroy_detailed`."""
        from .ai_account_orgs_fallback_llm_destroy import sync_detailed

        return sync_detailed(
            org,
            id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_partial_update(
        self,
        org: str,
        id: str,
        *,
        body: PatchedFallbackLLMUpdate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> FallbackLLM:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_partial_update`."""
        from .ai_account_orgs_fallback_llm_partial_update import sync

        return sync(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def ai_account_orgs_fallback_llm_partial_update_detailed(
        self,
        org: str,
        id: str,
        *,
        body: PatchedFallbackLLMUpdate | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[FallbackLLM]:
        """See `AsyncFallbackLlmApi.ai_account_orgs_fallback_llm_partial_update_detailed`."""
        from .ai_account_orgs_fallback_llm_partial_update import sync_detailed

        return sync_detailed(
            org,
            id,
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
