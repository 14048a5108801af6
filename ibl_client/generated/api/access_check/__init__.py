"""Operations tagged ``access_check`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAccessCheckApi` / `AccessCheckApi`, reached as
``client.access_check``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.item_access_check_response import ItemAccessCheckResponse
    from ...types import UNSET, Unset


class AsyncAccessCheckApi:
    """The ``access_check`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def access_check_retrieve(
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

        ``GET /access-check/{item_type}/{item_id}/`` (operation ``access_check_retrieve``)

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

        from .access_check_retrieve import asyncio

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

    async def access_check_retrieve_detailed(
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
        """Like `access_check_retrieve`, returning the whole `Response` and raising no status error."""
        from .access_check_retrieve import asyncio_detailed

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


class AccessCheckApi:
    """The ``access_check`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def access_check_retrieve(
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
        """See `AsyncAccessCheckApi.access_check_retrieve`."""
        from .access_check_retrieve import sync

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

    def access_check_retrieve_detailed(
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
        """See `AsyncAccessCheckApi.access_check_retrieve_detailed`."""
        from .access_check_retrieve import sync_detailed

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
