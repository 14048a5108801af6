"""Every failure of a call is typed: an APIError subclass or a ConfigurationError (issue 18).

Walks each path that used to escape as a bare exception: a closed client (both async backends,
the sync twin, a derived client, a closed http_client=), a pool of a closed event loop, and
values of a call that httpx refuses.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from ibl_client import (
    APIConnectionError,
    AsyncClient,
    Client,
    ClientClosedError,
    ConfigurationError,
)

from .server import ScriptedServer, reply

BACKENDS = ["aiohttp", "httpx"]


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_closed_async_client(server: ScriptedServer, backend: str) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    async with AsyncClient(api_key="k", base_url=server.url, backend=backend) as ibl:
        await ibl.request("GET", "/api/ping/")
        derived = ibl.with_options(timeout=3)
    for closed in (ibl, derived):
        with pytest.raises(ClientClosedError, match=r"not sent: the client was closed") as info:
            await closed.request("GET", "/api/ping/")
        assert (info.value.operation_id, info.value.method) == ("request", "GET")
    assert len(server.requests) == 1  # nothing went out after closing (the pool did not reopen)


def test_a_closed_sync_client(server: ScriptedServer) -> None:
    with Client(api_key="k", base_url=server.url) as ibl:
        ibl.request("GET", "/api/ping/")
    with pytest.raises(ClientClosedError, match=r"make the client once"):
        ibl.request("GET", "/api/ping/")
    assert len(server.requests) == 1


async def test_a_closed_http_client_given(server: ScriptedServer) -> None:
    http = httpx.AsyncClient()
    await http.aclose()
    ibl = AsyncClient(api_key="k", base_url=server.url, http_client=http)
    with pytest.raises(ClientClosedError):
        await ibl.request("GET", "/api/ping/")


def test_a_pool_of_a_closed_event_loop(server: ScriptedServer) -> None:
    server.default = reply(200, {})
    http = httpx.AsyncClient()  # a user's pool: its connections stay with the first loop
    ibl = AsyncClient(api_key="k", base_url=server.url, http_client=http)
    asyncio.run(ibl.request("GET", "/api/ping/"))
    with pytest.raises(APIConnectionError, match=r"belongs to another event loop") as caught:
        asyncio.run(ibl.request("GET", "/api/ping/"))
    error = caught.value  # names the call, and says what the pool raised
    assert error.operation_id == "request"
    assert isinstance(error.__cause__, RuntimeError)
    assert f"(RuntimeError: {error.__cause__}): " in str(error)


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"headers": {"X-Count": 1}}, "^headers: 'X-Count' must be a string, got int$"),
        ({"json": {1, 2}, "method": "POST"}, "not JSON serializable"),
        ({"path": "http://[::1"}, "^path: not a usable URL"),
        ({"timeout": "soon"}, "^timeout: "),
    ],
)
@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_a_value_httpx_refuses(
    server: ScriptedServer, twin: str, arguments: dict[str, Any], named: str
) -> None:
    arguments = {"method": "GET", "path": "/api/ping/", **arguments}
    with pytest.raises(ConfigurationError, match=named):
        if twin == "sync":
            with Client(api_key="k", base_url=server.url) as ibl:
                ibl.request(**arguments)
        else:
            async with AsyncClient(api_key="k", base_url=server.url) as aibl:
                await aibl.request(**arguments)
    assert server.requests == []
