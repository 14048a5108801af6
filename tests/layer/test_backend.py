"""Which connection pool an AsyncClient sends through: aiohttp's where installed, else httpx's."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

from ibl_client import AsyncClient, ConfigurationError
from ibl_client._transports.aiohttp import AiohttpTransport

from . import fake_operation
from .fake_operation import COURSE
from .server import ScriptedServer, reply


def inner_transport(client: AsyncClient) -> object:
    """The pool the client makes in each event loop (``_transports/scope.py``)."""
    return client._http._transport._inner._make()  # type: ignore[attr-defined]


def test_aiohttp_is_the_default_where_installed_and_httpx_on_request() -> None:
    pytest.importorskip("aiohttp")
    assert isinstance(inner_transport(AsyncClient(api_key="k")), AiohttpTransport)
    chosen = AsyncClient(api_key="k", backend="httpx")
    assert isinstance(inner_transport(chosen), httpx.AsyncHTTPTransport)
    assert isinstance(inner_transport(chosen.with_options(timeout=3)), httpx.AsyncHTTPTransport)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"backend": "requests"}, "backend: expected one of aiohttp, httpx, got 'requests'"),
        (
            {"backend": "aiohttp", "transport": httpx.AsyncHTTPTransport()},
            "backend: not used with transport=",
        ),
    ],
)
def test_a_wrong_backend_fails_where_it_is_written(options: dict[str, object], error: str) -> None:
    with pytest.raises(ConfigurationError, match=error):
        AsyncClient(api_key="k", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("direct", [True, False])
def test_a_url_reaches_aiohttp_as_httpx_encoded_it_however_often_it_is_sent(
    monkeypatch: pytest.MonkeyPatch, direct: bool
) -> None:
    """The aiohttp form of each URL is kept by its parsed parts (not when httpx's private names
    failed their probes): the same object twice, another object of the same text, and more
    URLs than are kept all come out as their own text, encoded."""
    pytest.importorskip("aiohttp")
    from ibl_client._transports import aiohttp as transport
    from ibl_client._transports import compat

    monkeypatch.setattr(compat, "DIRECT", direct)

    texts = [f"http://h.test/api/x%20{i}/?q=a+b%26c&n={i}" for i in range(3)]
    urls = [httpx.URL(text) for text in texts]
    many = [httpx.URL(f"http://h.test/{i}/") for i in range(transport.AIOHTTP_URLS_KEPT + 5)]
    requests = [httpx.Request("GET", url).url for url in (urls[2], urls[2])]  # copies of one
    kept: dict[Any, Any] = {}
    for url in [*urls, urls[0], httpx.URL(texts[0]), *many, urls[1], many[-1], *requests]:
        converted = transport._aiohttp_url(url, kept)
        assert (str(converted), converted.raw_path_qs) == (str(url), url.raw_path.decode())
    assert len(kept) <= transport.AIOHTTP_URLS_KEPT
    # Two requests of one URL (httpx gives each a URL object of its own) share one conversion,
    # on the short path; without it, none is kept.
    fresh: dict[Any, Any] = {}
    for url in requests:
        transport._aiohttp_url(url, fresh)
    assert len(fresh) == (1 if direct else 0)


def test_headers_reach_aiohttp_as_sent_however_often_they_are_sent() -> None:
    """Each line as text, in order, repeated names kept, names as given; ``Transfer-Encoding``
    left to aiohttp; a value that is not ASCII decoded as httpx encoded it. Lines a transport
    has decoded before come out the same, and it keeps a bounded number of them."""
    pytest.importorskip("aiohttp")
    from ibl_client._transports import aiohttp as transport

    ascii_lines = [("X-Tenant", "a"), ("x-tenant", "b"), ("Transfer-Encoding", "chunked")]
    utf8 = httpx.Headers({"X-Name": "Zoë"}, encoding="utf-8")
    kept: transport.Decoded = {}

    def sent(headers: httpx.Headers) -> list[tuple[str, str]]:
        return list(transport._aiohttp_headers(headers, kept).items())

    for _ in range(2):
        assert sent(httpx.Headers(ascii_lines)) == ascii_lines[:2]
        assert sent(utf8) == [("X-Name", "Zoë")]
    assert len(kept) == 1  # the ASCII set, decoded once
    # The set aiohttp is given cannot be changed by it (nor by the proxy's headers).
    with pytest.raises(TypeError):
        transport._aiohttp_headers(httpx.Headers(ascii_lines), kept)["X-More"] = "x"  # type: ignore[index]
    many = [[(f"X-{i}", str(i))] for i in range(transport.DECODED_HEADERS_KEPT + 3)]
    for lines in many:
        assert sent(httpx.Headers(lines)) == lines
    assert 0 < len(kept) <= transport.DECODED_HEADERS_KEPT


@pytest.mark.parametrize("value", ["req-1", "Zoë"])  # ASCII, and a Latin-1 byte on the wire
async def test_answer_headers_read_as_httpx_s_own_pool_reads_them(
    server: ScriptedServer, value: str
) -> None:
    """The aiohttp transport knows an all-ASCII answer's header encoding without httpx working
    it out; a header that is not ASCII leaves it to httpx. Either way the names, values and
    encoding are those httpx's own pool gives, and so is the request id found in them."""
    pytest.importorskip("aiohttp")
    seen = []
    for backend in ("httpx", "aiohttp"):
        server.then(reply(200, COURSE, headers={"X-Request-Id": value, "Set-Cookie": "a=1"}))
        async with AsyncClient(api_key="k", base_url=server.url, backend=backend) as ibl:
            response = await fake_operation.asyncio_detailed(client=ibl)
            assert ibl._http.cookies.get("a") == "1"
        headers = response.headers
        seen.append((headers.encoding, headers.multi_items(), response.request_id))
    assert seen[0] == seen[1]
    assert seen[1][2] == value
    assert seen[1][0] == ("ascii" if value.isascii() else "iso-8859-1")


async def test_what_aiohttp_raises_becomes_httpx_s_error_and_anything_else_goes_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """aiohttp's errors, and running out of time waiting for a connection, reach the retry
    policy as httpx's; any other exception (a bug, not the network) is raised as it is."""
    aiohttp = pytest.importorskip("aiohttp")
    import asyncio

    raised: list[BaseException] = []

    class Session:
        closed = False

        async def request(self, **options: Any) -> Any:
            raise raised[-1]

        async def close(self) -> None:
            pass

    t = AiohttpTransport()
    monkeypatch.setattr(t, "_open", lambda: Session())
    request = httpx.Request("GET", "http://127.0.0.1:9/a/", extensions={"timeout": {}})
    cases: list[tuple[BaseException, type[BaseException]]] = [
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (asyncio.TimeoutError(), httpx.PoolTimeout),
        (ValueError("a bug"), ValueError),
    ]
    for read in (True, False):
        for error, expected in cases:
            raised.append(error)
            with pytest.raises(expected) as info:
                await t._exchange(request, read=read)
            assert type(info.value) is expected
            assert (info.value is error) == (expected is ValueError)


def test_a_pickled_client_s_copy_makes_the_pool_of_the_backend_chosen() -> None:
    copy = pickle.loads(pickle.dumps(AsyncClient(api_key="k", backend="httpx")))
    assert isinstance(inner_transport(copy), httpx.AsyncHTTPTransport)  # not the default aiohttp
