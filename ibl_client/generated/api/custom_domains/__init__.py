"""Operations tagged ``custom_domains`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCustomDomainsApi` / `CustomDomainsApi`, reached as
``client.custom_domains``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from ...._response import Response


class AsyncCustomDomainsApi:
    """The ``custom_domains`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def custom_domains_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to get custom domains (public, no authentication or permission checks)

        ``GET /api/custom-domains/`` (operation ``custom_domains_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .custom_domains_retrieve import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `custom_domains_retrieve`, returning the whole `Response` and raising no status error."""
        from .custom_domains_retrieve import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_by_name_status_update(
        self,
        domain_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to update custom domain SPA type by domain name

        ``PUT /api/custom-domains/by-name/{domain_name}/status/`` (operation ``custom_domains_by_name_status_update``)

        Args:
            domain_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .custom_domains_by_name_status_update import asyncio

        return await asyncio(
            domain_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_by_name_status_update_detailed(
        self,
        domain_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `custom_domains_by_name_status_update`, returning the whole `Response` and raising no status error."""
        from .custom_domains_by_name_status_update import asyncio_detailed

        return await asyncio_detailed(
            domain_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_create_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to create a custom domain

        ``POST /api/custom-domains/create/`` (operation ``custom_domains_create_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .custom_domains_create_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_create_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `custom_domains_create_create`, returning the whole `Response` and raising no status error."""
        from .custom_domains_create_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_delete_destroy(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """API endpoint to hard delete a custom domain

        ``DELETE /api/custom-domains/{domain_id}/delete/`` (operation ``custom_domains_delete_destroy``)

        Args:
            domain_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            None
        """

        from .custom_domains_delete_destroy import asyncio

        return await asyncio(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_delete_destroy_detailed(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """Like `custom_domains_delete_destroy`, returning the whole `Response` and raising no status error."""
        from .custom_domains_delete_destroy import asyncio_detailed

        return await asyncio_detailed(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_deleted_status_create(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to update the is_deleted status of a custom domain

        ``POST /api/custom-domains/{domain_id}/deleted-status/`` (operation ``custom_domains_deleted_status_create``)

        Args:
            domain_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .custom_domains_deleted_status_create import asyncio

        return await asyncio(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_deleted_status_create_detailed(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `custom_domains_deleted_status_create`, returning the whole `Response` and raising no status error."""
        from .custom_domains_deleted_status_create import asyncio_detailed

        return await asyncio_detailed(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_status_update(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """API endpoint to update custom domain SPA type

        ``PUT /api/custom-domains/{domain_id}/status/`` (operation ``custom_domains_status_update``)

        Args:
            domain_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .custom_domains_status_update import asyncio

        return await asyncio(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def custom_domains_status_update_detailed(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `custom_domains_status_update`, returning the whole `Response` and raising no status error."""
        from .custom_domains_status_update import asyncio_detailed

        return await asyncio_detailed(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class CustomDomainsApi:
    """The ``custom_domains`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def custom_domains_retrieve(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCustomDomainsApi.custom_domains_retrieve`."""
        from .custom_domains_retrieve import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_retrieve_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCustomDomainsApi.custom_domains_retrieve_detailed`."""
        from .custom_domains_retrieve import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_by_name_status_update(
        self,
        domain_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCustomDomainsApi.custom_domains_by_name_status_update`."""
        from .custom_domains_by_name_status_update import sync

        return sync(
            domain_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_by_name_status_update_detailed(
        self,
        domain_name: str,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCustomDomainsApi.custom_domains_by_name_status_update_detailed`."""
        from .custom_domains_by_name_status_update import sync_detailed

        return sync_detailed(
            domain_name,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_create_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCustomDomainsApi.custom_domains_create_create`."""
        from .custom_domains_create_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_create_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCustomDomainsApi.custom_domains_create_create_detailed`."""
        from .custom_domains_create_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_delete_destroy(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> None:
        """See `AsyncCustomDomainsApi.custom_domains_delete_destroy`."""
        from .custom_domains_delete_destroy import sync

        return sync(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_delete_destroy_detailed(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[None]:
        """See `AsyncCustomDomainsApi.custom_domains_delete_destroy_detailed`."""
        from .custom_domains_delete_destroy import sync_detailed

        return sync_detailed(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_deleted_status_create(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCustomDomainsApi.custom_domains_deleted_status_create`."""
        from .custom_domains_deleted_status_create import sync

        return sync(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_deleted_status_create_detailed(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCustomDomainsApi.custom_domains_deleted_status_create_detailed`."""
        from .custom_domains_deleted_status_create import sync_detailed

        return sync_detailed(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_status_update(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCustomDomainsApi.custom_domains_status_update`."""
        from .custom_domains_status_update import sync

        return sync(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def custom_domains_status_update_detailed(
        self,
        domain_id: int,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCustomDomainsApi.custom_domains_status_update_detailed`."""
        from .custom_domains_status_update import sync_detailed

        return sync_detailed(
            domain_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
