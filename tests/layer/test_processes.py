"""A client in forked and spawned worker processes, and the threads of one process (issue 18).

A forked child makes its own pool and leaves the parent's sockets alone: the parent's next
request goes out on the same connection as before the fork. A client pickles (multiprocessing
with spawn and fork, ProcessPoolExecutor, a Dask LocalCluster) as its configuration and makes
its own pool in the worker. The server counts what arrived.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import multiprocessing
import os
import pickle
import ssl
import threading
from typing import Any

import httpx
import pytest

from ibl_client import AsyncClient, Client

from .conftest import SECRET
from .server import ScriptedServer, reply
from .workers import call_async, call_sync

OK = reply(200, {"ok": True})
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this platform")


def in_child(work: Any) -> int:
    """Fork; the child runs ``work()`` and exits 0 if it raised nothing. The exit status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child)
        code = 1
        try:
            work()
            code = 0
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@needs_fork
def test_a_forked_child_makes_its_own_pool_and_leaves_the_parents(server: ScriptedServer) -> None:
    server.default = OK
    ibl = Client(api_key=SECRET, base_url=server.url, max_retries=0)
    ibl.request("GET", "/api/ping/")

    def child() -> None:
        ibl.request("GET", "/api/ping/")
        ibl.close()  # closes the child's pool only

    assert in_child(child) == 0
    ibl.request("GET", "/api/ping/")
    before, in_the_child, after = (seen.peer for seen in server.requests)
    assert in_the_child != before  # a new connection, not the parent's
    assert after == before  # the parent's connection is still open, and reused


@needs_fork
@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
def test_a_forked_child_makes_its_own_async_pool(server: ScriptedServer, backend: str) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    server.default = OK
    ibl = AsyncClient(api_key=SECRET, base_url=server.url, max_retries=0, backend=backend)
    loop = asyncio.new_event_loop()  # the parent's loop, alive across the fork
    try:
        loop.run_until_complete(ibl.request("GET", "/api/ping/"))

        async def child_calls() -> None:
            await ibl.request("GET", "/api/ping/")
            await ibl.aclose()  # closes the child's pool only

        assert in_child(lambda: asyncio.run(child_calls())) == 0
        loop.run_until_complete(ibl.request("GET", "/api/ping/"))
        loop.run_until_complete(ibl.aclose())
    finally:
        loop.close()
    before, in_the_child, after = (seen.peer for seen in server.requests)
    assert in_the_child != before
    assert after == before


def test_a_client_pickles_as_its_configuration(server: ScriptedServer) -> None:
    # Every option away from its default, so one a copy leaves behind shows in the repr.
    ibl = AsyncClient(
        api_key=SECRET,
        auth_kind="bearer",
        base_url=server.url,
        timeout=7,
        max_retries=1,
        strict=True,
        debug=True,
        anonymous=True,
        websocket_url="ws://127.0.0.1:9/ws",
    )
    copy = pickle.loads(pickle.dumps(ibl.with_options(headers={"X-Team": "a"})))
    assert repr(copy) == repr(ibl.with_options(headers={"X-Team": "a"}))
    assert repr(copy) != repr(AsyncClient(api_key=SECRET, base_url=server.url))
    assert SECRET not in repr(copy)
    # Where the key travels: inside the pickle, as the credential the copy signs with.
    assert SECRET.encode() in pickle.dumps(ibl)


@pytest.mark.parametrize("given", ["transport", "http_client"])
@pytest.mark.parametrize("make", [AsyncClient, Client])
def test_a_client_with_its_own_connections_is_not_pickled(
    make: type[AsyncClient | Client], given: str
) -> None:
    connections = httpx.MockTransport(lambda r: httpx.Response(200))
    pool = httpx.Client if make is Client else httpx.AsyncClient
    option: dict[str, Any] = {
        given: connections if given == "transport" else pool(transport=connections)
    }
    with pytest.raises(TypeError) as caught:
        pickle.dumps(make(api_key=SECRET, **option))
    # It says which client, why, and the two ways out.
    message = str(caught.value)
    kind = make.__name__
    assert message.startswith(f"cannot pickle a {kind} made with transport= or http_client=: ")
    assert "their connections cannot go to another process" in message
    assert message.endswith("pickle a client that makes its own pool, or make one in the worker")


def fan_out(server: ScriptedServer, submit: Any, ibl: AsyncClient | Client, calls: int) -> set[int]:
    """``calls`` calls through ``submit(function, ibl, n)`` futures; the workers' pids."""
    work = call_sync if isinstance(ibl, Client) else call_async
    futures = [submit(work, ibl, n) for n in range(calls)]
    # (concurrent.futures and Dask futures have result(); multiprocessing's ApplyResult, get())
    results = [getattr(f, "result", None) or f.get for f in futures]
    results = [result(timeout=120) for result in results]
    assert [answer for _, answer in results] == [{"ok": True}] * calls
    assert sorted(int(seen.path.rpartition("=")[2]) for seen in server.requests) == list(
        range(calls)
    )
    return {pid for pid, _ in results}


@pytest.mark.parametrize("method", ["spawn", "fork"])
@pytest.mark.parametrize("twin", [Client, AsyncClient])
def test_multiprocessing_pool_workers(
    server: ScriptedServer, method: str, twin: type[Client] | type[AsyncClient]
) -> None:
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    server.default = OK
    ibl = twin(api_key=SECRET, base_url=server.url, max_retries=0)
    if method == "fork":  # the parent's pool exists and is in use when the workers fork
        call_sync(ibl, -1) if isinstance(ibl, Client) else call_async(ibl, -1)
        server.requests.clear()
    with multiprocessing.get_context(method).Pool(2) as pool:
        pids = fan_out(server, lambda f, *a: pool.apply_async(f, a), ibl, 8)
    assert os.getpid() not in pids


def test_process_pool_executor(server: ScriptedServer) -> None:
    server.default = OK
    ibl = AsyncClient(api_key=SECRET, base_url=server.url, max_retries=0)
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as executor:
        pids = fan_out(server, executor.submit, ibl, 8)
    assert os.getpid() not in pids


def test_dask_local_cluster_workers(server: ScriptedServer) -> None:
    distributed = pytest.importorskip("distributed")
    server.default = OK
    ibl = AsyncClient(api_key=SECRET, base_url=server.url, max_retries=0)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask,
    ):
        submit = functools.partial(dask.submit, pure=False)
        pids = fan_out(server, submit, ibl, 12)
    assert len(pids) == 2  # both workers called
    assert os.getpid() not in pids


def test_a_sync_client_shared_by_16_threads(server: ScriptedServer) -> None:
    server.default = OK
    ibl = Client(api_key=SECRET, base_url=server.url, max_retries=0)
    calls, threads = 2000, 16
    errors: list[BaseException] = []
    answers: list[object] = []

    def worker(first: int) -> None:
        for n in range(first, calls, threads):
            try:
                answers.append(ibl.request("GET", "/api/ping/", params={"n": n}))
            except BaseException as exc:  # counted below
                errors.append(exc)

    running = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    ibl.close()
    assert errors == []
    assert answers == [{"ok": True}] * calls
    arrived = sorted(int(seen.path.rpartition("=")[2]) for seen in server.requests)
    assert arrived == list(range(calls))  # each call once: nothing lost, nothing repeated


@pytest.mark.parametrize("make", [AsyncClient, Client])
def test_a_copy_builds_its_pool_with_the_pool_arguments_given(
    make: type[AsyncClient | Client],
) -> None:
    proxy = "http://127.0.0.1:3128"  # never connected to: only where requests would go
    copy = pickle.loads(pickle.dumps(make(api_key=SECRET, proxy=proxy, verify=False)))
    route = copy._pool_settings.routes["all://"]
    assert route is not None and route.url == httpx.URL(proxy)
    assert copy._pool_settings.ssl_context.verify_mode == ssl.CERT_NONE
