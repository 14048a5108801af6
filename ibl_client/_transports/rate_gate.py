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
a request pays one attribute read: ``until`` is ``0.0``. When it reopens, the held requests go
at the pace the server was seen to allow, not all at once (see :class:`RateGate`).

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
    """Closed until ``until`` (a time on the retry clock); then paced, then open (``0.0``).

    Letting every held request go the moment the gate opens would send them as one herd into
    a server that, refilling at its own rate, refuses all but a few of them again. So the gate
    learns that rate from the server's own answers: at the first refusal after the gate reopened,
    the answers let through since the refusal before, over the time since then. Once it
    knows it, the held requests are let through one at a time, that far apart. The gate opens
    again (``until`` back to ``0.0``: one check a request) when a request finds nobody queued
    ahead of it and no refusal came for one ``Retry-After`` after the gate reopened.
    """

    __slots__ = ("_admitted", "_calm_from", "_next", "_since", "_spacing", "until")

    def __init__(self) -> None:
        self.until = 0.0
        self._spacing = 0.0  # seconds between two requests let through (0: not known yet)
        self._next = 0.0  # the earliest time the next held request may go
        self._since = 0.0  # when the last refusal came
        self._admitted = 0  # answers other than a refusal since then, while closed or paced
        self._calm_from = 0.0  # from then on, a request with nobody ahead opens the gate

    def refused(self, now: float, asked: float) -> None:
        """The server refused a request at ``now`` and asked for ``asked`` seconds."""
        if self.until and now >= self.until and self._admitted:
            # The first refusal since the gate reopened (the others come from requests sent
            # before it closed, and say nothing new). Since the refusal before it, the server
            # let `_admitted` requests through: its pace. (Counted from the last refusal, not
            # the first, of the closed spell: a server saves up only so much while refusing.)
            # Not once the gate is open: an answer counted then (a thread saw the gate paced
            # just before another opened it) would be spread over the whole open spell.
            self._spacing = (now - self._since) / self._admitted
        self._since, self._admitted = now, 0
        until = now + asked
        if until > self.until:
            # `_calm_from` first: a thread that sees the gate closed (`until`) reads it next.
            self._calm_from = until + asked
            self.until = until

    def admitted(self) -> None:
        """An answer that was not a refusal, while the gate is not open: counted for the pace."""
        self._admitted += 1

    def wait(self, now: float) -> float:
        """Seconds a request must wait at ``now`` before it goes (only asked while not open)."""
        until = self.until
        if until > now and not self._spacing:
            return until - now  # closed, pace unknown: everyone goes when it opens
        slot = max(until, self._next)
        if slot <= now:
            if now >= self._calm_from:
                # Nobody ahead and no refusal for a while. Another thread may have closed the
                # gate anew since `until` was read: reset only what was read.
                if self.until == until:
                    self._open()
                return 0.0
            self._next = now + self._spacing
            return 0.0
        self._next = slot + self._spacing
        return slot - now

    def _open(self) -> None:
        """Open, and forget the pace: answers are not counted while open, so the next refusal,
        maybe hours later, starts learning afresh (the server's limits may have changed)."""
        self.until = 0.0
        self._spacing = self._next = self._since = 0.0
        self._admitted = 0

    def __repr__(self) -> str:
        return f"RateGate(until={self.until!r}, spacing={self._spacing!r})"


class ConcurrencyLimit:
    """At most ``limit`` calls in flight, across threads (the sync client's bound)."""

    __slots__ = ("_slots", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    def acquire(self, timeout: float | None = None) -> bool:
        """Take a place, waiting for one at most ``timeout`` seconds (None: as long as it
        takes); whether one was taken."""
        if timeout is None:
            return self._slots.acquire()
        return self._slots.acquire(timeout=max(timeout, 0.0))

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

    async def acquire(self, timeout: float | None = None) -> bool:
        """Take a place in this loop, waiting for one at most ``timeout`` seconds (None: as
        long as it takes); whether one was taken."""
        slots = self._semaphore()
        if timeout is None or not slots.locked():  # (a free place is taken without waiting)
            return await slots.acquire()
        import asyncio

        try:
            await asyncio.wait_for(slots.acquire(), max(timeout, 0.0))
        except asyncio.TimeoutError:
            return False
        return True

    def release(self) -> None:
        self._semaphore().release()
