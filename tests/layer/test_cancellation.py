"""Cancelling many in-flight calls must give every connection back to the pool."""

from __future__ import annotations

import asyncio

import httpx
from support.clients import client
from support.pools import pool_of, wait_until

from . import fake_operation as op
from .server import HANG, ScriptedServer, reply

CALLS = 1000


async def test_cancelling_1000_in_flight_calls_leaks_no_connection(server: ScriptedServer) -> None:
    # One connection per call: httpcore's queue handling is quadratic in queued requests, and
    # calls on the wire (plus some still connecting) are the case that can leak.
    server.default = HANG
    limits = httpx.Limits(max_connections=CALLS, max_keepalive_connections=CALLS)
    async with client(server, transport=httpx.AsyncHTTPTransport(limits=limits)) as ibl:
        pool = pool_of(ibl)
        tasks = [asyncio.create_task(op.asyncio(client=ibl)) for _ in range(CALLS)]
        await wait_until(lambda: len(server.requests) >= CALLS // 2)
        assert len(pool._requests) == CALLS  # every call is checked out of the pool
        assert sum(not c.is_idle() for c in pool.connections) >= CALLS // 2

        for task in tasks:
            task.cancel()
        results = await asyncio.gather(*tasks, return_exceptions=True)

        assert all(isinstance(r, asyncio.CancelledError) for r in results)
        assert pool._requests == []
        assert all(c.is_idle() or c.is_closed() for c in pool.connections)

        server.default = reply(200, {"id": 2, "name": "after"})
        course = await asyncio.wait_for(op.asyncio(client=ibl), 5)
        assert course.name == "after"
        assert pool._requests == []
        assert all(c.is_idle() for c in pool.connections)


async def test_cancelling_calls_queued_for_a_connection(server: ScriptedServer) -> None:
    server.default = HANG
    limits = httpx.Limits(max_connections=5)
    async with client(server, transport=httpx.AsyncHTTPTransport(limits=limits)) as ibl:
        pool = pool_of(ibl)
        tasks = [asyncio.create_task(op.asyncio(client=ibl)) for _ in range(100)]
        await wait_until(lambda: len(server.requests) >= 5)
        assert len(pool._requests) == 100  # 5 on the wire, 95 queued
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        assert pool._requests == []
        assert all(c.is_idle() or c.is_closed() for c in pool.connections)
        assert len(server.requests) == 5  # the queued ones never went out
