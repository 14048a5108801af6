"""One AsyncClient serves every event loop that uses it, on both backends (issue 18).

A client made once (at import, in a module-level fixture) is used from successive
``asyncio.run()`` calls, a loop per pytest-asyncio test, ``asyncio.Runner``, and threads each
running a loop. Each loop gets its own pool on its first request there, closed when the loop
ends (or the client closes), and no aiohttp session is reported unclosed.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from support import clients
from support.pools import is_closed, transport_in_use

from ibl_client import AsyncClient

from .server import ScriptedServer, reply

BACKENDS = ["aiohttp", "httpx"]
OK = reply(200, {"id": 1, "name": "ok"})


# No retries: a request on a pool its loop has closed must fail here, not be sent again.
client = functools.partial(clients.client, max_retries=0)


async def one_call(ibl: AsyncClient) -> Any:
    """A call, and the pool the running loop used for it."""
    answer = await ibl.request("GET", "/api/ping/")
    return answer, transport_in_use(ibl)


def no_unclosed_session_reported(caplog: pytest.LogCaptureFixture) -> bool:
    gc.collect()  # an unclosed aiohttp session reports itself when collected
    return not [r for r in caplog.records if "Unclosed" in r.getMessage()]


@pytest.mark.parametrize("backend", BACKENDS)
def test_successive_asyncio_runs_share_one_client(
    server: ScriptedServer, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.default = OK
    ibl = client(server, backend)  # made once, outside any loop, as the README shows
    pools = []
    for _ in range(3):
        answer, pool = asyncio.run(one_call(ibl))
        assert answer == {"id": 1, "name": "ok"}
        assert is_closed(pool)  # closed by its loop's end, not left to the collector
        pools.append(pool)
    assert len({id(pool) for pool in pools}) == 3  # a pool per loop
    assert len(server.requests) == 3
    assert no_unclosed_session_reported(caplog)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="asyncio.Runner is new in 3.11")
@pytest.mark.parametrize("backend", BACKENDS)
def test_asyncio_runner(server: ScriptedServer, backend: str) -> None:
    server.default = OK
    ibl = client(server, backend)
    with asyncio.Runner() as runner:  # type: ignore[attr-defined,unused-ignore]
        _, first = runner.run(one_call(ibl))
        _, again = runner.run(one_call(ibl))
        assert first is again  # one loop, one pool, its connection reused
    assert is_closed(first)
    with asyncio.Runner() as runner:  # type: ignore[attr-defined,unused-ignore]
        _, other = runner.run(one_call(ibl))
    assert other is not first
    assert len(server.requests) == 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_threads_each_with_its_loop_share_one_client(
    server: ScriptedServer, backend: str
) -> None:
    server.default = OK
    ibl = client(server, backend)
    calls = 50
    pools: dict[str, set[int]] = {}
    errors: list[BaseException] = []

    async def many(name: str) -> None:
        answers = await asyncio.gather(*(one_call(ibl) for _ in range(calls)))
        pools[name] = {id(pool) for _, pool in answers}

    def thread(name: str) -> None:
        try:
            asyncio.run(many(name))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=thread, args=(name,)) for name in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(server.requests) == 2 * calls
    assert len(pools["a"]) == len(pools["b"]) == 1  # one pool per loop...
    assert pools["a"] != pools["b"]  # ...and not the same


@pytest.mark.parametrize("backend", BACKENDS)
def test_closing_the_client_closes_the_pool_of_another_running_loop(
    server: ScriptedServer, backend: str
) -> None:
    server.default = OK
    ibl = client(server, backend)
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever)
    thread.start()
    try:
        _, pool = asyncio.run_coroutine_threadsafe(one_call(ibl), other).result()

        async def close_and_wait() -> None:
            await ibl.aclose()
            # The other loop closes its pool as soon as it gets to it: wait for that (a bound on
            # waiting, not an assertion about time).
            for _ in range(500):
                if is_closed(pool):
                    return
                await asyncio.sleep(0.01)

        asyncio.run(close_and_wait())
        assert is_closed(pool)
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join()
        other.close()


# A module-level client used by tests that each run in their own event loop (pytest-asyncio's
# default loop scope is the function): made once, by a sync fixture, outside any loop.
@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer().start()
    srv.default = OK
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def module_clients(module_server: ScriptedServer) -> dict[str, AsyncClient]:
    return {backend: client(module_server, backend) for backend in BACKENDS}


LOOPS_SEEN: dict[str, list[asyncio.AbstractEventLoop]] = {backend: [] for backend in BACKENDS}


@pytest.mark.parametrize("test", range(3))
@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_module_level_client_in_a_loop_per_test(
    module_clients: dict[str, AsyncClient], backend: str, test: int
) -> None:
    answer, _ = await one_call(module_clients[backend])
    assert answer == {"id": 1, "name": "ok"}
    # Each test runs in a loop of its own, whatever ran before it (in any order, or again):
    # the client made once answers in every one.
    loop = asyncio.get_running_loop()
    assert all(loop is not seen for seen in LOOPS_SEEN[backend])
    LOOPS_SEEN[backend].append(loop)


def test_a_debug_loop_reports_nothing_unclosed(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    """asyncio's debug mode reports what a loop left behind; nothing is."""
    server.default = OK
    ibl = client(server, "aiohttp")
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            asyncio.run(one_call(ibl), debug=True)
        assert no_unclosed_session_reported(caplog)
