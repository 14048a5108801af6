"""Operations tagged ``credits_`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncCreditsApi` / `CreditsApi`, reached as
``client.credits_``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from ...._response import Response


class AsyncCreditsApi:
    """The ``credits_`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def credits_sample_action_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """Sample endpoint protected by @consume_credits (opt-in).

        Balance is checked before the view runs. If insufficient, 402 with pricing_table is returned;
        otherwise the view runs and 1 credit is consumed.

        ``POST /credits/sample-action/`` (operation ``credits_sample_action_create``)

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            JSON | bytes
        """

        from .credits_sample_action_create import asyncio

        return await asyncio(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def credits_sample_action_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """Like `credits_sample_action_create`, returning the whole `Response` and raising no status error."""
        from .credits_sample_action_create import asyncio_detailed

        return await asyncio_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class CreditsApi:
    """The ``credits_`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def credits_sample_action_create(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> JSON | bytes:
        """See `AsyncCreditsApi.credits_sample_action_create`."""
        from .credits_sample_action_create import sync

        return sync(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def credits_sample_action_create_detailed(
        self,
        *,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[JSON | bytes]:
        """See `AsyncCreditsApi.credits_sample_action_create_detailed`."""
        from .credits_sample_action_create import sync_detailed

        return sync_detailed(
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
