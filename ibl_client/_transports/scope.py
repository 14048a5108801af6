"""Connection pools scoped to where they can work: one per event loop, one per process.

A pool holds sockets, and sockets belong to an event loop (an aiohttp session, httpcore's
async connections) and to a process (after ``os.fork()`` parent and child hold the same
sockets: whichever reads first takes the other's answer). A client made once, at import or in
a module-level fixture, is used from many loops (successive ``asyncio.run()``, a loop per
pytest-asyncio test, ``asyncio.Runner``, one loop per thread) and, through gunicorn
``--preload``, Celery's prefork pool or ``multiprocessing`` with fork, from many processes.

So the pool the client builds (``pool.py``) mounts these transports in place of a bare one:

- :class:`LoopScopedTransport` (async) keeps one inner transport per running event loop, made
  by ``make()`` on the first request in that loop. It is closed inside its loop: by the
  client's ``aclose()``, or, when the loop ends first, by the loop itself (an async generator
  that ``asyncio.run``/``asyncio.Runner``/pytest-asyncio finalise in ``shutdown_asyncgens``
  before closing the loop), so no session outlives its loop unclosed. (A loop closed by hand
  without ``shutdown_asyncgens`` cannot run that close: its sockets go with the collector.)
- :class:`ProcessScopedTransport` (sync) keeps one inner transport per process.

In a forked child both forget the pools they inherited, without closing them: closing would
shut down, or send a TLS close_notify on, sockets the parent still uses. The child keeps them
referenced (``_INHERITED``) so that no finaliser closes them either, and makes its own on
its first request. ``os.register_at_fork`` tells us, so the request path checks nothing.

The cost on the request path is one ``asyncio.get_running_loop()`` and a comparison with the
loop of the last request (``bench/throughput.py --loop-lookup``; figures in the README).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Coroutine
from typing import TYPE_CHECKING, Any

import httpx

from .retry import fetch

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop

__all__ = ["LoopScopedTransport", "ProcessScopedTransport"]

#: Pools a forked child inherited: kept alive, never closed, never used (see the docstring).
_INHERITED: list[object] = []
#: Every scoped transport of this process, so a forked child can make each forget its pools.
_LIVE: weakref.WeakSet[LoopScopedTransport | ProcessScopedTransport] = weakref.WeakSet()


def _forget_inherited_pools() -> None:
    """In a forked child, right after the fork: every scoped transport drops its pools."""
    for transport in list(_LIVE):
        transport._forget()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_forget_inherited_pools)


class _LoopPool:
    """One loop's transport, and the async generator whose ``finally`` closes it in that loop."""

    __slots__ = ("closer", "transport")

    def __init__(
        self, transport: httpx.AsyncBaseTransport, closer: AsyncGenerator[None, None]
    ) -> None:
        self.transport = transport
        self.closer = closer


class LoopScopedTransport(httpx.AsyncBaseTransport):
    """An async transport per running event loop, each made by ``make()`` on first use there."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        # asyncio's, from the first request on (a loop is running then, so asyncio is loaded):
        # an AsyncClient made at a module's top, or only to be configured, need not import it
        # (~20 ms, more than the rest of the client's construction).
        self._running_loop: Callable[[], AbstractEventLoop] = self._first_running_loop
        # Weak keys: a loop that is gone takes its entry with it (its pool was closed by the
        # loop's shutdown_asyncgens, see _close_with_loop).
        self._pools: weakref.WeakKeyDictionary[AbstractEventLoop, _LoopPool] = (
            weakref.WeakKeyDictionary()
        )
        # The loop and pool of the last look-up, as one tuple (one assignment: a thread
        # switching loops never pairs its loop with another's pool). A weak-dict look-up costs
        # ~1 us (a weakref made, a Python-level call); this check, ~0.05 us.
        self._last: tuple[AbstractEventLoop | None, _LoopPool | None] = (None, None)
        _LIVE.add(self)

    def _first_running_loop(self) -> AbstractEventLoop:
        from asyncio import get_running_loop

        self._running_loop = get_running_loop
        return get_running_loop()

    def _pool(self) -> _LoopPool | None:
        loop = self._running_loop()
        last = self._last
        if last[0] is loop:
            return last[1]
        pool = self._pools.get(loop)
        if pool is not None:
            self._last = (loop, pool)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        pool = self._pool() or await self._open()
        return await pool.transport.handle_async_request(request)

    def fetch(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """As the retry transport's ``fetch`` (``retry.fetch``): the inner transport's own."""
        pool = self._pool()
        if pool is None:
            return self._open_then_fetch(request)
        return fetch(pool.transport, request)  # type: ignore[return-value]

    def current(self) -> httpx.AsyncBaseTransport | None:
        """The running loop's transport, if a request made it (for tests and diagnostics)."""
        pool = self._pool()
        return None if pool is None else pool.transport

    async def _open_then_fetch(self, request: httpx.Request) -> httpx.Response:
        pool = await self._open()
        return await fetch(pool.transport, request)

    async def _open(self) -> _LoopPool:
        """This loop's pool, made now. Nothing here suspends the task, so no other task of the
        loop can make a second one in between."""
        loop = self._running_loop()
        transport = self._make()
        closer = self._close_with_loop(loop, transport)
        # Its first step runs now, in this loop, which registers it with the loop's async
        # generator hooks: the loop finalises it (running the ``finally``) before it closes.
        await closer.__anext__()
        pool = _LoopPool(transport, closer)
        self._pools[loop] = pool
        self._last = (loop, pool)
        return pool

    async def _close_with_loop(
        self, loop: AbstractEventLoop, transport: httpx.AsyncBaseTransport
    ) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            pool = self._pools.get(loop)
            if pool is not None and pool.transport is transport:
                del self._pools[loop]
            if self._last[0] is loop:
                self._last = (None, None)  # nor keep the ending loop alive
            await transport.aclose()

    async def aclose(self) -> None:
        """Close the running loop's pool here; ask every other live loop to close its own.

        A pool of a loop that is not running now (and not closed) is closed by that loop's
        ``shutdown_asyncgens`` when it ends; one that never ends keeps it.
        """
        import asyncio

        current = self._running_loop()
        for loop, pool in list(self._pools.items()):
            if loop is current:
                await pool.closer.aclose()
            elif loop.is_running() and not loop.is_closed():
                asyncio.run_coroutine_threadsafe(pool.closer.aclose(), loop)

    def _forget(self) -> None:
        for pool in self._pools.values():
            _INHERITED.append(pool)
            forget = getattr(pool.transport, "forget_inherited", None)
            if forget is not None:
                forget()
        self._pools = weakref.WeakKeyDictionary()
        self._last = (None, None)


class ProcessScopedTransport(httpx.BaseTransport):
    """A sync transport per process, made by ``make()`` on the first request in each."""

    def __init__(self, make: Callable[[], httpx.BaseTransport]) -> None:
        self._make = make
        self._inner: httpx.BaseTransport | None = None
        self._making = threading.Lock()  # taken only while no pool exists: threads share one
        _LIVE.add(self)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._inner
        if inner is None:
            with self._making:
                inner = self._inner
                if inner is None:
                    inner = self._inner = self._make()
        return inner.handle_request(request)

    def current(self) -> httpx.BaseTransport | None:
        """This process's transport, if a request made it (for tests and diagnostics)."""
        return self._inner

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()

    def _forget(self) -> None:
        if self._inner is not None:
            _INHERITED.append(self._inner)
            self._inner = None
        self._making = threading.Lock()  # another thread may have held it at the fork
