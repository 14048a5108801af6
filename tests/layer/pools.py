"""The connection pool a client's request went through, for tests that look into it."""

from __future__ import annotations

from typing import Any

from ibl_client import AsyncClient, Client


def transport_in_use(ibl: AsyncClient | Client) -> Any:
    """The transport below the retry transport that this loop's (or process's) requests use:
    httpx's, aiohttp's, or one passed as ``transport=``; None before the first request."""
    inner = ibl._http._transport._inner  # type: ignore[union-attr]
    current = getattr(inner, "current", None)
    return inner if current is None else current()


def is_closed(transport: Any) -> bool:
    """Whether a pool that served a request was closed: aiohttp's drops its session, httpx's
    its connections (a request leaves one open, kept alive)."""
    if hasattr(transport, "_session"):
        return transport._session is None
    return not transport._pool.connections
