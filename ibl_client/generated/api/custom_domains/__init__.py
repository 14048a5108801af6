"""Operations tagged ``custom_domains`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCustomDomainsApi` / `CustomDomainsApi`, reached as
``client.custom_domains``. A method imports its operation module on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

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
    ) -> Any:
        """API endpoint to get custom domains (public, no authentication or permission checks)

        ``GET /api/custom-domains/`` (operation ``custom_domains_retrieve``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .custom_domains_retrieve import asyncio

        return await asyncio(
            client=self._client,
        )

    async def custom_domains_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """Like `custom_domains_retrieve`, returning the whole `Response` and raising no status error."""
        from .custom_domains_retrieve import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def custom_domains_by_name_status_update(
        self,
        domain_name: str,
    ) -> Any:
        """API endpoint to update custom domain SPA type by domain name

        ``PUT /api/custom-domains/by-name/{domain_name}/status/`` (operation ``custom_domains_by_name_status_update``)

        Args:
            domain_name (str):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .custom_domains_by_name_status_update import asyncio

        return await asyncio(
            domain_name,
            client=self._client,
        )

    async def custom_domains_by_name_status_update_detailed(
        self,
        domain_name: str,
    ) -> Response[Any]:
        """Like `custom_domains_by_name_status_update`, returning the whole `Response` and raising no status error."""
        from .custom_domains_by_name_status_update import asyncio_detailed

        return await asyncio_detailed(
            domain_name,
            client=self._client,
        )

    async def custom_domains_create_create(
        self,
    ) -> Any:
        """API endpoint to create a custom domain

        ``POST /api/custom-domains/create/`` (operation ``custom_domains_create_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .custom_domains_create_create import asyncio

        return await asyncio(
            client=self._client,
        )

    async def custom_domains_create_create_detailed(
        self,
    ) -> Response[Any]:
        """Like `custom_domains_create_create`, returning the whole `Response` and raising no status error."""
        from .custom_domains_create_create import asyncio_detailed

        return await asyncio_detailed(
            client=self._client,
        )

    async def custom_domains_delete_destroy(
        self,
        domain_id: int,
    ) -> Any:
        """API endpoint to hard delete a custom domain

        ``DELETE /api/custom-domains/{domain_id}/delete/`` (operation ``custom_domains_delete_destroy``)

        Args:
            domain_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .custom_domains_delete_destroy import asyncio

        return await asyncio(
            domain_id,
            client=self._client,
        )

    async def custom_domains_delete_destroy_detailed(
        self,
        domain_id: int,
    ) -> Response[Any]:
        """Like `custom_domains_delete_destroy`, returning the whole `Response` and raising no status error."""
        from .custom_domains_delete_destroy import asyncio_detailed

        return await asyncio_detailed(
            domain_id,
            client=self._client,
        )

    async def custom_domains_deleted_status_create(
        self,
        domain_id: int,
    ) -> Any:
        """API endpoint to update the is_deleted status of a custom domain

        ``POST /api/custom-domains/{domain_id}/deleted-status/`` (operation ``custom_domains_deleted_status_create``)

        Args:
            domain_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .custom_domains_deleted_status_create import asyncio

        return await asyncio(
            domain_id,
            client=self._client,
        )

    async def custom_domains_deleted_status_create_detailed(
        self,
        domain_id: int,
    ) -> Response[Any]:
        """Like `custom_domains_deleted_status_create`, returning the whole `Response` and raising no status error."""
        from .custom_domains_deleted_status_create import asyncio_detailed

        return await asyncio_detailed(
            domain_id,
            client=self._client,
        )

    async def custom_domains_status_update(
        self,
        domain_id: int,
    ) -> Any:
        """API endpoint to update custom domain SPA type

        ``PUT /api/custom-domains/{domain_id}/status/`` (operation ``custom_domains_status_update``)

        Args:
            domain_id (int):

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            Any
        """

        from .custom_domains_status_update import asyncio

        return await asyncio(
            domain_id,
            client=self._client,
        )

    async def custom_domains_status_update_detailed(
        self,
        domain_id: int,
    ) -> Response[Any]:
        """Like `custom_domains_status_update`, returning the whole `Response` and raising no status error."""
        from .custom_domains_status_update import asyncio_detailed

        return await asyncio_detailed(
            domain_id,
            client=self._client,
        )


class CustomDomainsApi:
    """The ``custom_domains`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def custom_domains_retrieve(
        self,
    ) -> Any:
        """See `AsyncCustomDomainsApi.custom_domains_retrieve`."""
        from .custom_domains_retrieve import sync

        return sync(
            client=self._client,
        )

    def custom_domains_retrieve_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCustomDomainsApi.custom_domains_retrieve_detailed`."""
        from .custom_domains_retrieve import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def custom_domains_by_name_status_update(
        self,
        domain_name: str,
    ) -> Any:
        """See `AsyncCustomDomainsApi.custom_domains_by_name_status_update`."""
        from .custom_domains_by_name_status_update import sync

        return sync(
            domain_name,
            client=self._client,
        )

    def custom_domains_by_name_status_update_detailed(
        self,
        domain_name: str,
    ) -> Response[Any]:
        """See `AsyncCustomDomainsApi.custom_domains_by_name_status_update_detailed`."""
        from .custom_domains_by_name_status_update import sync_detailed

        return sync_detailed(
            domain_name,
            client=self._client,
        )

    def custom_domains_create_create(
        self,
    ) -> Any:
        """See `AsyncCustomDomainsApi.custom_domains_create_create`."""
        from .custom_domains_create_create import sync

        return sync(
            client=self._client,
        )

    def custom_domains_create_create_detailed(
        self,
    ) -> Response[Any]:
        """See `AsyncCustomDomainsApi.custom_domains_create_create_detailed`."""
        from .custom_domains_create_create import sync_detailed

        return sync_detailed(
            client=self._client,
        )

    def custom_domains_delete_destroy(
        self,
        domain_id: int,
    ) -> Any:
        """See `AsyncCustomDomainsApi.custom_domains_delete_destroy`."""
        from .custom_domains_delete_destroy import sync

        return sync(
            domain_id,
            client=self._client,
        )

    def custom_domains_delete_destroy_detailed(
        self,
        domain_id: int,
    ) -> Response[Any]:
        """See `AsyncCustomDomainsApi.custom_domains_delete_destroy_detailed`."""
        from .custom_domains_delete_destroy import sync_detailed

        return sync_detailed(
            domain_id,
            client=self._client,
        )

    def custom_domains_deleted_status_create(
        self,
        domain_id: int,
    ) -> Any:
        """See `AsyncCustomDomainsApi.custom_domains_deleted_status_create`."""
        from .custom_domains_deleted_status_create import sync

        return sync(
            domain_id,
            client=self._client,
        )

    def custom_domains_deleted_status_create_detailed(
        self,
        domain_id: int,
    ) -> Response[Any]:
        """See `AsyncCustomDomainsApi.custom_domains_deleted_status_create_detailed`."""
        from .custom_domains_deleted_status_create import sync_detailed

        return sync_detailed(
            domain_id,
            client=self._client,
        )

    def custom_domains_status_update(
        self,
        domain_id: int,
    ) -> Any:
        """See `AsyncCustomDomainsApi.custom_domains_status_update`."""
        from .custom_domains_status_update import sync

        return sync(
            domain_id,
            client=self._client,
        )

    def custom_domains_status_update_detailed(
        self,
        domain_id: int,
    ) -> Response[Any]:
        """See `AsyncCustomDomainsApi.custom_domains_status_update_detailed`."""
        from .custom_domains_status_update import sync_detailed

        return sync_detailed(
            domain_id,
            client=self._client,
        )
