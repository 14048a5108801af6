"""The direct send reads a response through the transports' ``fetch`` (``_transports/retry.py``):
what it hands over is the response httpx's own path would give, read and closed."""

from __future__ import annotations

import datetime
import gzip
import json

import httpx
import pytest
from support.clients import client
from support.retrying import FAST

from ibl_client._transports.retry import AsyncRetryTransport, fetch

from . import fake_operation as op
from .fake_operation import COURSE
from .server import ScriptedServer, reply


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
@pytest.mark.parametrize("encoded", [False, True])
async def test_a_fetched_response_is_read_closed_and_timed(
    server: ScriptedServer, backend: str, encoded: bool
) -> None:
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    body = json.dumps(COURSE).encode()
    sent = gzip.compress(body) if encoded else body
    server.then(reply(body=sent, headers={"Content-Encoding": "gzip"} if encoded else {}))
    async with client(server, backend) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    http = response.http_response
    assert response.parsed == op.Course(7, "Optics")
    assert (http.content, http.num_bytes_downloaded) == (body, len(sent))
    assert http.is_closed and http.is_stream_consumed
    assert http.elapsed >= datetime.timedelta(0)
    assert http.request.url == f"{server.url}/api/courses/1/"


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_a_redirect_on_httpx_send_is_read_closed_and_timed(
    server: ScriptedServer, backend: str
) -> None:
    """The hop after a redirect is sent by httpx's ``send``, through ``handle_async_request``:
    its body must come unread, so that httpx reads it, closes it and sets ``elapsed``."""
    if backend == "aiohttp":
        pytest.importorskip("aiohttp")
    server.then(reply(301, headers={"Location": "/api/courses/8/"}), reply(200, COURSE))
    async with client(server, backend) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    final = response.http_response
    assert response.parsed == op.Course(7, "Optics")
    assert [r.status_code for r in final.history] == [301]
    assert final.is_closed and final.elapsed >= datetime.timedelta(0)
    assert final.request.url == f"{server.url}/api/courses/8/"


async def test_the_retry_transport_reads_a_plain_transports_answers() -> None:
    """An inner transport without ``fetch`` is asked through httpx's interface; the retry
    transport retries as for ``handle_async_request`` and reads the answer it keeps."""
    answers = iter([httpx.Response(503), httpx.Response(200, content=b"fine")])
    asked: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return next(answers)

    async def no_sleep(seconds: float) -> None:
        pass

    transport = AsyncRetryTransport(httpx.MockTransport(handler), FAST, sleep=no_sleep)
    request = httpx.Request("GET", "https://api.test/x/")
    response = await fetch(transport, request)
    assert (response.status_code, response.content, response.is_closed) == (200, b"fine", True)
    assert (len(asked), response.extensions["ibl_retries"]) == (2, 1)


async def test_a_transport_with_its_own_fetch_is_asked_through_it() -> None:
    class Fetching(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            raise AssertionError("fetch() should have been used")

        async def fetch(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, content=b"read", request=request)

    response = await fetch(AsyncRetryTransport(Fetching()), httpx.Request("GET", "https://x/"))
    assert response.content == b"read"
