"""Testing code that uses the SDK: respx intercepts the default clients' requests on both async
backends and the sync client, and nothing a mock does not answer reaches the network (issue 18).

respx patches httpx's transports; aiohttp's pool is not one, so while a mock is active the
aiohttp transport sends through httpx's pool, where the mock answers.
"""

from __future__ import annotations

import asyncio
import functools
import socket

import httpx
import pytest
import respx
from support.clients import SECRET, client

from ibl_client import APIConnectionError, AsyncClient, Client

BASE = "https://api.test"
BACKENDS = ["aiohttp", "httpx"]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to resolve or connect is recorded, and fails."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("the network is off in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


# No retries: a request respx refuses fails at once, not after the retries.
async_client = functools.partial(client, BASE, max_retries=0)


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
@pytest.mark.parametrize("backend", BACKENDS)
async def test_respx_intercepts_the_async_client(
    backend: str, using: str, no_network: list[object]
) -> None:
    ibl = async_client(backend)
    with respx.mock(using=using) as mock:
        route = mock.get(f"{BASE}/api/ping/").respond(json={"pong": True})
        assert await ibl.request("GET", "/api/ping/") == {"pong": True}
    assert route.call_count == 1
    assert route.calls.last.request.headers["Authorization"] == f"Api-Token {SECRET}"
    assert no_network == []
    await ibl.aclose()


@pytest.mark.parametrize("using", ["httpcore", "httpx"])
def test_respx_intercepts_the_sync_client(using: str, no_network: list[object]) -> None:
    with Client(api_key="k", base_url=BASE) as ibl, respx.mock(using=using) as mock:
        route = mock.get(f"{BASE}/api/ping/").respond(json={"pong": True})
        assert ibl.request("GET", "/api/ping/") == {"pong": True}
    assert route.call_count == 1
    assert no_network == []


@pytest.mark.parametrize("backend", BACKENDS)
async def test_a_request_no_route_answers_is_refused_not_sent(
    backend: str, no_network: list[object]
) -> None:
    ibl = async_client(backend)
    with respx.mock(assert_all_called=False) as mock:
        mock.get(f"{BASE}/api/other/").respond(json={})
        with pytest.raises(Exception, match="not mocked"):
            await ibl.request("GET", "/api/ping/")
    assert no_network == []  # refused by the mock, not attempted on the network
    await ibl.aclose()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_after_the_mock_the_pool_is_used_again(
    backend: str, no_network: list[object]
) -> None:
    ibl = async_client(backend)
    with respx.mock:
        respx.get(f"{BASE}/api/ping/").respond(json={})
        await ibl.request("GET", "/api/ping/")
    with pytest.raises(APIConnectionError):  # the real pool: it tries the (switched off) network
        await ibl.request("GET", "/api/ping/")
    assert no_network != []
    await ibl.aclose()


def test_a_mock_transport_through_transport_argument() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"pong": True})

    async def main() -> object:
        async with AsyncClient(
            api_key="k", base_url=BASE, transport=httpx.MockTransport(answer)
        ) as ibl:
            return await ibl.request("GET", "/api/ping/")

    assert asyncio.run(main()) == {"pong": True}
    with Client(api_key="k", base_url=BASE, transport=httpx.MockTransport(answer)) as ibl:
        assert ibl.request("GET", "/api/ping/") == {"pong": True}
    assert [request.url.path for request in seen] == ["/api/ping/"] * 2
