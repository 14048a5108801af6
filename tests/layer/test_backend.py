"""Which connection pool an AsyncClient sends through: aiohttp's where installed, else httpx's."""

from __future__ import annotations

import json
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


def test_a_pickled_client_s_copy_makes_the_pool_of_the_backend_chosen() -> None:
    copy = pickle.loads(pickle.dumps(AsyncClient(api_key="k", backend="httpx")))
    assert isinstance(inner_transport(copy), httpx.AsyncHTTPTransport)  # not the default aiohttp


def _request(server: ScriptedServer | str, path: str = "/a/", **options: Any) -> httpx.Request:
    base = server if isinstance(server, str) else server.url
    return httpx.Request("GET", f"{base}{path}", extensions={"timeout": {}}, **options)


@pytest.mark.parametrize("reason", [None, ""])  # the status's own phrase, and none at all
async def test_a_streamed_answer_is_the_one_httpx_s_pool_gives_and_is_left_unread(
    server: ScriptedServer, reason: str | None
) -> None:
    """``handle_async_request`` (httpx's ``send(stream=True)``, a redirect's next hop): the
    status, header lines, HTTP version and reason phrase httpx's own pool gives, the request it
    answers, and the body left in the stream until it is read."""
    pytest.importorskip("aiohttp")
    seen = []
    for transport in (httpx.AsyncHTTPTransport(), AiohttpTransport()):
        server.then(reply(201, COURSE, headers={"X-Kind": "streamed"}, reason=reason))
        request = _request(server)
        async with transport:
            response = await transport.handle_async_request(request)
            with pytest.raises(httpx.ResponseNotRead):
                _ = response.content
            body = await response.aread()
            await response.aclose()
        if isinstance(transport, AiohttpTransport):  # (httpx's pool leaves it to httpx's send)
            assert response.request is request
        versions = {k: response.extensions[k] for k in ("http_version", "reason_phrase")}
        seen.append((response.status_code, response.headers.multi_items(), versions, body))
    assert seen[1] == seen[0]


async def test_a_body_in_memory_is_sent_with_its_length_and_a_file_as_it_is_read(
    server: ScriptedServer, tmp_path: Any
) -> None:
    """A body httpx has not read yet but holds in memory goes out whole, with its length; a
    multipart body with a file is sent as it is read, never read into the request."""
    pytest.importorskip("aiohttp")
    upload = tmp_path / "upload.bin"
    upload.write_bytes(b"x" * 1000)
    async with AiohttpTransport() as transport:
        unread = httpx.Request(
            "POST", f"{server.url}/a/", stream=httpx.ByteStream(b"abc"), extensions={"timeout": {}}
        )
        await transport.fetch(unread)
        with upload.open("rb") as file:
            multipart = httpx.Request(
                "POST", f"{server.url}/b/", files={"f": file}, extensions={"timeout": {}}
            )
            await transport.fetch(multipart)
    assert (server.requests[0].body, server.requests[0].headers["content-length"]) == (b"abc", "3")
    assert b"x" * 1000 in server.requests[1].body
    with pytest.raises(httpx.RequestNotRead):
        _ = multipart.content


def _client_response_error(aiohttp: Any, url: str) -> BaseException:
    import yarl
    from multidict import CIMultiDict, CIMultiDictProxy

    info = aiohttp.RequestInfo(
        yarl.URL(url), "GET", CIMultiDictProxy(CIMultiDict()), yarl.URL(url)
    )  # (real_url: a field without default up to aiohttp 3.11)
    error: BaseException = aiohttp.ClientResponseError(
        info, (), status=400, message="Invalid response status"
    )
    return error


def _aiohttp_errors(aiohttp: Any) -> list[tuple[BaseException, type[BaseException], str]]:
    """An error of each kind aiohttp raises, the httpx error it must become, and its message
    (what aiohttp said, else the error's name; never the URL, which may hold a secret)."""
    import asyncio

    secret_url = "http://127.0.0.1:9/a/?token=s3cret"
    return [
        (aiohttp.ClientProxyConnectionError(_key(), OSError(111, "refused")), httpx.ProxyError, ""),
        (aiohttp.ConnectionTimeoutError(), httpx.ConnectTimeout, "ConnectionTimeoutError"),
        (aiohttp.ClientConnectorError(_key(), OSError(111, "refused")), httpx.ConnectError, ""),
        (aiohttp.SocketTimeoutError("slow"), httpx.ReadTimeout, "slow"),
        (aiohttp.ClientPayloadError(), httpx.ReadError, "ClientPayloadError"),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError, "Server disconnected"),
        (
            _client_response_error(aiohttp, secret_url),
            httpx.RemoteProtocolError,
            "ClientResponseError: 400, Invalid response status",
        ),
        (aiohttp.NonHttpUrlClientError("ftp://h.test/"), httpx.UnsupportedProtocol, ""),
        (aiohttp.ClientOSError(104, "reset"), httpx.NetworkError, "[Errno 104] reset"),
        (asyncio.TimeoutError(), httpx.PoolTimeout, "timed out waiting for a connection"),
        (asyncio.TimeoutError("no connection"), httpx.PoolTimeout, "no connection"),
    ]


def _key() -> Any:
    """A connection key, as aiohttp's connector errors carry one (for their message)."""
    import types

    return types.SimpleNamespace(host="127.0.0.1", port=9, ssl=False)


async def test_each_aiohttp_error_becomes_its_httpx_error_read_or_streamed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sorted by whether the request can have been sent (the retry policy's question), with
    the request it failed, aiohttp's error as its cause, and a message that names what went
    wrong without the URL."""
    aiohttp = pytest.importorskip("aiohttp")
    raised: list[BaseException] = []

    class Session:
        closed = False

        async def request(self, **options: Any) -> Any:
            raise raised[-1]

    t = AiohttpTransport()
    monkeypatch.setattr(t, "_open", lambda: Session())
    request = _request("http://127.0.0.1:9", "/a/?token=s3cret")
    for error, expected, message in _aiohttp_errors(aiohttp):
        for read in (True, False):
            raised.append(error)
            with pytest.raises(httpx.TransportError) as info:
                await t._exchange(request, read=read)
            assert type(info.value) is expected
            assert info.value.__cause__ is error
            assert str(info.value) == (message or str(error))
            assert "s3cret" not in str(info.value)
            if expected is not httpx.PoolTimeout:  # (waiting for the pool: nothing sent)
                assert info.value.request is request
    for read in (True, False):  # anything else (a bug, not the network) is raised as it is
        bug = ValueError("a bug")
        raised.append(bug)
        with pytest.raises(ValueError) as raised_as:
            await t._exchange(request, read=read)
        assert raised_as.value is bug


async def test_an_error_reading_a_streamed_body_becomes_httpx_s(server: ScriptedServer) -> None:
    """A body cut short becomes httpx's ``ReadError``, on the request, aiohttp's as its cause."""
    aiohttp = pytest.importorskip("aiohttp")
    from .server import truncated

    server.then(truncated(b"x" * 1000))
    request = _request(server)
    async with AiohttpTransport() as transport:
        response = await transport.handle_async_request(request)
        with pytest.raises(httpx.ReadError) as info:
            await response.aread()
        await response.aclose()
    assert info.value.request is request
    assert isinstance(info.value.__cause__, aiohttp.ClientPayloadError)
    assert str(info.value) == str(info.value.__cause__)


@pytest.mark.parametrize(("said", "message"), [("", "timed out reading"), ("slow", "slow")])
async def test_a_timeout_reading_a_streamed_body_is_a_read_timeout(said: str, message: str) -> None:
    """Running out of time while the body streams in is httpx's ``ReadTimeout``."""
    pytest.importorskip("aiohttp")
    import asyncio

    from ibl_client._transports.aiohttp import _AnswerStream

    timeout = asyncio.TimeoutError(said) if said else asyncio.TimeoutError()

    class Content:
        async def iter_any(self) -> Any:
            yield b"first"
            raise timeout

    class Answer:
        content = Content()

    request = _request("http://127.0.0.1:9")
    chunks = []
    with pytest.raises(httpx.ReadTimeout) as info:
        async for chunk in _AnswerStream(Answer(), request):  # type: ignore[arg-type]
            chunks.append(chunk)
    assert (chunks, str(info.value), info.value.request) == ([b"first"], message, request)
    assert info.value.__cause__ is timeout


async def test_a_forked_child_s_transport_leaves_the_inherited_session(
    server: ScriptedServer,
) -> None:
    """``forget_inherited`` (in a forked child, ``scope.py``): the inherited session is never
    used again and is marked closed (so aiohttp does not warn about it), and the next request
    opens a session, and a connection, of its own. On a transport that never sent, nothing
    to forget."""
    pytest.importorskip("aiohttp")
    AiohttpTransport().forget_inherited()
    async with AiohttpTransport() as transport:
        await transport.fetch(_request(server))
        inherited = transport._session
        assert inherited is not None and not inherited.closed
        transport.forget_inherited()
        assert inherited.closed is True
        await transport.fetch(_request(server))
        assert transport._session is not inherited
    assert server.requests[0].peer != server.requests[1].peer


async def test_while_a_mock_patches_httpx_it_answers_a_call_read_and_a_stream_unread(
    server: ScriptedServer,
) -> None:
    pytest.importorskip("aiohttp")
    import respx

    with respx.mock() as mock:
        mock.get(f"{server.url}/mocked/").respond(json={"mocked": True})
        async with AiohttpTransport() as transport:
            read = await transport.fetch(_request(server, "/mocked/"))
            assert json.loads(read.content) == {"mocked": True}
            streamed = await transport.handle_async_request(_request(server, "/mocked/"))
            with pytest.raises(httpx.ResponseNotRead):
                _ = streamed.content
            assert json.loads(await streamed.aread()) == {"mocked": True}
    assert server.requests == []


async def test_a_request_a_mock_passes_through_keeps_the_proxy_and_tls_context(
    tls_server: ScriptedServer,
    proxy: Any,
    certificate: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mock that lets a request through to the network (as respx's ``pass_through``; here a
    patch of httpx's transport that records and passes everything on, since respx's own
    mangles a proxied URL): it connects by the transport's proxy, trusting its TLS context."""
    pytest.importorskip("aiohttp")
    import ssl

    original = httpx.AsyncHTTPTransport.handle_async_request
    passed: list[str] = []

    async def pass_through(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> Any:
        passed.append(request.url.path)
        return await original(self, request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", pass_through)
    trusted = ssl.create_default_context(cafile=certificate.cert)
    options: dict[str, Any] = {"verify": trusted, "proxy": httpx.Proxy(proxy.url)}
    async with AiohttpTransport(**options) as transport:
        answer = await transport.fetch(_request(tls_server, "/passed/"))
    assert (answer.status_code, passed) == (200, ["/passed/"])
    assert proxy.seen == [f"CONNECT 127.0.0.1:{tls_server.port}"]
    assert [seen.path for seen in tls_server.requests] == ["/passed/"]


async def test_each_of_httpx_s_timeouts_reaches_aiohttp_as_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Waiting for a connection (httpx's ``pool``, aiohttp's ``connect``), connecting, and
    reading each keep their own limit; ``total`` is the retry policy's deadline's, not aiohttp's."""
    pytest.importorskip("aiohttp")
    asked: list[dict[str, Any]] = []

    class Session:
        closed = False

        async def request(self, **options: Any) -> Any:
            asked.append(options)
            raise ValueError("not sent")

    t = AiohttpTransport()
    monkeypatch.setattr(t, "_open", lambda: Session())
    timeouts = {"pool": 1.5, "connect": 2.5, "read": 3.5, "write": 4.5}
    request = httpx.Request("GET", "http://127.0.0.1:9/a/", extensions={"timeout": timeouts})
    for read in (True, False):
        with pytest.raises(ValueError):
            await t._exchange(request, read=read)
    given = [options["timeout"] for options in asked]
    limits = [(g.total, g.connect, g.sock_connect, g.sock_read) for g in given]
    assert limits == [(None, 1.5, 2.5, 3.5)] * 2


@pytest.mark.parametrize("expiry", [None, 0.05])
async def test_an_idle_connection_lives_as_long_as_httpx_s_keepalive_expiry_says(
    server: ScriptedServer, expiry: float | None
) -> None:
    """``keepalive_expiry=None`` (httpx: never expires) keeps an idle connection for the next
    request; a short expiry closes it once the connection has been idle longer (the wait is
    several times the expiry, so only a connection kept too long can be reused)."""
    pytest.importorskip("aiohttp")
    import asyncio

    limits = httpx.Limits(keepalive_expiry=expiry)
    async with AiohttpTransport(limits=limits) as transport:
        await transport.fetch(_request(server))
        await asyncio.sleep(0.3)
        await transport.fetch(_request(server))
    first, second = (seen.peer for seen in server.requests)
    assert (first == second) is (expiry is None)


@pytest.mark.parametrize("bound", [1, None])
async def test_max_connections_bounds_the_connections_open_at_once(
    server: ScriptedServer, bound: int | None
) -> None:
    """With one connection allowed, a second request waits for the first answer's connection
    (here in vain: the first is never read, so it runs out of time waiting); without a bound
    both are answered at once."""
    pytest.importorskip("aiohttp")
    request = httpx.Request(
        "GET", f"{server.url}/a/", extensions={"timeout": {"pool": 0.2, "read": 5.0}}
    )
    # A body much larger than aiohttp reads ahead: its connection stays taken until it is read.
    server.then(reply(body=b"x" * 4_000_000))
    async with AiohttpTransport(limits=httpx.Limits(max_connections=bound)) as transport:
        held = await transport.handle_async_request(request)
        if bound is None:
            second = await transport.handle_async_request(request)
            await second.aread()
        else:
            # (aiohttp raises its ConnectionTimeoutError for a wait in its pool as for a
            # connect that takes too long: it reaches httpx as ConnectTimeout; not sent, either way)
            with pytest.raises((httpx.PoolTimeout, httpx.ConnectTimeout)):
                await transport.handle_async_request(request)
        await held.aread()


async def test_a_request_built_without_timeouts_is_sent_without_them(
    server: ScriptedServer,
) -> None:
    """A request httpx's client did not build (no ``timeout`` extension), read or streamed."""
    pytest.importorskip("aiohttp")
    async with AiohttpTransport() as transport:
        read = await transport.fetch(httpx.Request("GET", f"{server.url}/a/"))
        streamed = await transport.handle_async_request(httpx.Request("GET", f"{server.url}/b/"))
        await streamed.aread()
    assert (read.status_code, streamed.status_code) == (200, 200)
