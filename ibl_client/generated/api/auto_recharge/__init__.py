"""Operations tagged ``auto_recharge`` (generated; do not edit).

One module per operation (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``), and
the same operations as methods of `AsyncAutoRechargeApi` / `AutoRechargeApi`, reached as
``client.auto_recharge``. A method imports its operation module on first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import JSON, UNSET, Body, Headers, Query, Timeout, Unset

if TYPE_CHECKING:
    from typing import cast

    from ...._client import AsyncClient, Client
    from ...._response import Response
    from ...models.auto_recharge_trigger_request import AutoRechargeTriggerRequest
    from ...models.auto_recharge_trigger_response import AutoRechargeTriggerResponse
    from ...models.error_detail import ErrorDetail
    from ...types import UNSET, Unset


class AsyncAutoRechargeApi:
    """The ``auto_recharge`` operations of an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def auto_recharge_trigger_create(
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

        ``POST /auto-recharge/trigger/`` (operation ``auto_recharge_trigger_create``)

        Args:
            body (AutoRechargeTriggerRequest | Unset): Request schema for POST auto-recharge/trigger/.

        Raises:
            ibl_client.APIStatusError: A subclass per status (NotFoundError, RateLimitError, ...).
            ibl_client.APIConnectionError: If the server could not be reached (after retries).
            ibl_client.ResponseValidationError: If a 2xx body does not fit its declared model.

        Returns:
            AutoRechargeTriggerResponse
        """

        from .auto_recharge_trigger_create import asyncio

        return await asyncio(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    async def auto_recharge_trigger_create_detailed(
        self,
        *,
        body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AutoRechargeTriggerResponse]:
        """Like `auto_recharge_trigger_create`, returning the whole `Response` and raising no status error."""
        from .auto_recharge_trigger_create import asyncio_detailed

        return await asyncio_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )


class AutoRechargeApi:
    """The ``auto_recharge`` operations of a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def auto_recharge_trigger_create(
        self,
        *,
        body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> AutoRechargeTriggerResponse:
        """See `AsyncAutoRechargeApi.auto_recharge_trigger_create`."""
        from .auto_recharge_trigger_create import sync

        return sync(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )

    def auto_recharge_trigger_create_detailed(
        self,
        *,
        body: AutoRechargeTriggerRequest | Mapping[str, Any] | Unset = UNSET,
        extra_query: Query | None = None,
        extra_headers: Headers | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
    ) -> Response[AutoRechargeTriggerResponse]:
        """See `AsyncAutoRechargeApi.auto_recharge_trigger_create_detailed`."""
        from .auto_recharge_trigger_create import sync_detailed

        return sync_detailed(
            body=body,
            extra_query=extra_query,
            extra_headers=extra_headers,
            extra_body=extra_body,
            timeout=timeout,
            client=self._client,
        )
