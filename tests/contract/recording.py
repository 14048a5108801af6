"""An httpx transport that records each exchange for the task that made it.

The contract runner calls hundreds of operations concurrently through one client. Each call
runs in its own asyncio task with its own :class:`Exchange` in a context variable; the
transport (which httpx runs inside that task) stores the request and response there, and adds
Prism's ``Prefer: code=NNN`` header when the task asks for a particular documented status.
This tells the runner whether a request was sent at all, which is how a client-side refusal
is told apart from a silent send.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field

import httpx

CURRENT: contextvars.ContextVar[Exchange | None] = contextvars.ContextVar(
    "contract_exchange", default=None
)


@dataclass
class Exchange:
    prefer_code: int | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    @property
    def sent(self) -> bool:
        return bool(self.requests)

    @property
    def response(self) -> httpx.Response | None:
        return self.responses[-1] if self.responses else None


class RecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=64)
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        exchange = CURRENT.get()
        if exchange is not None:
            if exchange.prefer_code is not None:
                request.headers["Prefer"] = f"code={exchange.prefer_code}"
            exchange.requests.append(request)
        response = await self._inner.handle_async_request(request)
        if exchange is not None:
            exchange.responses.append(response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
