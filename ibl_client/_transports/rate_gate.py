"""What the requests of one client share about the server's pace: a rate gate and a bound.

:class:`RateGate`: when the server refuses a request with 429 or 503 and ``Retry-After``, it
has said something about every request of this client, not only that one. The retry
transports (``retry.py``) close the gate until then, and every request of the pool, in any
task, thread or event loop, waits there before its next attempt instead of each finding out on
its own with a refusal of its own.

The gate is a moment on the retry policy's clock (``retry.monotonic``), not an ``asyncio``
object: a float is read the same from every event loop and thread (a client is used from
several loops, and the sync client from several threads), and each waiter sleeps with its own
transport's sleep (so tests record the waits instead of spending them). While the gate is open
a request pays one attribute read: ``until`` is ``0.0``.

:class:`ConcurrencyLimit` and :class:`AsyncConcurrencyLimit`: ``max_concurrency=`` on a client,
at most that many of its calls in flight (a call holds its slot through its retries). The
async one keeps a semaphore per event loop (an ``asyncio.Semaphore`` belongs to the loop that
first waits on it), so the bound holds per loop.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop, Semaphore

__all__ = ["AsyncConcurrencyLimit", "ConcurrencyLimit", "RateGate"]


class RateGate:
    """Closed until ``until`` (a time on the retry clock), open when ``until`` is ``0.0``."""

    __slots__ = ("until",)

    def __init__(self) -> None:
        self.until = 0.0

    def close(self, until: float) -> None:
        """Keep every request back until ``until``; a later moment already set stays."""
        if until > self.until:
            self.until = until

    def left(self, now: float) -> float:
        """Seconds a request must still wait at ``now`` (0 once the gate has opened again)."""
        until = self.until
        if until > now:
            return until - now
        # Open again. A thread may have closed it anew since `until` was read: reset only what
        # was read (a lost race costs that thread's request one refusal, not a wrong wait).
        if self.until == until:
            self.until = 0.0
        return 0.0

    def __repr__(self) -> str:
        return f"RateGate(until={self.until!r})"


class ConcurrencyLimit:
    """At most ``limit`` calls in flight, across threads (the sync client's bound)."""

    __slots__ = ("_slots", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    def acquire(self) -> None:
        self._slots.acquire()

    def release(self) -> None:
        self._slots.release()


class AsyncConcurrencyLimit:
    """At most ``limit`` calls in flight in each event loop (the async client's bound)."""

    __slots__ = ("_slots", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots: weakref.WeakKeyDictionary[AbstractEventLoop, Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    def _semaphore(self) -> Semaphore:
        import asyncio  # here: a sync program need not import asyncio

        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            slots = self._slots[loop] = asyncio.BoundedSemaphore(self.limit)
        return slots

    async def acquire(self) -> None:
        await self._semaphore().acquire()

    def release(self) -> None:
        self._semaphore().release()
