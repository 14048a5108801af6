"""Looking into a client's httpx connection pool, and waiting for a condition without sleeping
a fixed time: the helpers the pagination and cancellation tests share.

``wait_until`` polls; its timeout only stops a hung test, it is not what the test asserts.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpcore

from ibl_client import AsyncClient, Client


def pool_of(ibl: AsyncClient | Client) -> httpcore.AsyncConnectionPool | httpcore.ConnectionPool:
    """The httpcore pool under the client's retry transport (``backend="httpx"``)."""
    return ibl._http._transport._inner._pool  # type: ignore[union-attr,no-any-return]


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
