"""Looking into a client's httpx connection pool, and waiting for a condition without sleeping
a fixed time: the helpers the pagination and cancellation tests share.

``wait_until`` polls; its timeout only stops a hung test, it is not what the test asserts.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpcore

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


def pool_of(ibl: AsyncClient | Client) -> httpcore.AsyncConnectionPool | httpcore.ConnectionPool:
    """The httpcore pool this loop's (or process's) requests use (``backend="httpx"``)."""
    return transport_in_use(ibl)._pool  # type: ignore[no-any-return]


def pool_is_free(ibl: AsyncClient | Client) -> bool:
    """No request waits for a connection and every connection is idle or closed."""
    pool = pool_of(ibl)
    return pool._requests == [] and all(c.is_idle() or c.is_closed() for c in pool.connections)


async def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached (the test hung)"
        await asyncio.sleep(0.005)


def wait_until_sync(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached (the test hung)"
        time.sleep(0.005)
