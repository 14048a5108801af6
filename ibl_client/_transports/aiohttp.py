"""The fast async transport: httpx's transport interface over an ``aiohttp`` connection pool.

httpx's own async pool (httpcore) spends most of a request in Python at high concurrency
(``_assign_requests_to_connections`` scans every queued request against every connection);
aiohttp's connector does the same work several times faster (docs/benchmarks.md). This
transport is what ``AsyncClient`` mounts by default when aiohttp is installed
(``pip install 'ibl-client[aiohttp]'``; ``backend="httpx"`` chooses httpx's pool). It sits
where httpx's transport sits, below our retry transport, auth and redirects, so those behave
as with httpx's pool.

aiohttp's errors become httpx's, sorted as our retry policy needs them: failing to connect
(refused, DNS, TLS, connect timeout) is ``ConnectError``/``ConnectTimeout`` (the request was
not sent: safe to retry even a POST); a connection dropped or a read timing out after sending is
``RemoteProtocolError``/``ReadError``/``ReadTimeout`` (retried for idempotent methods only).

For a call (``fetch``) the body is read whole before the response is returned; through httpx's
interface (``handle_async_request``: a streamed download, a redirect's next hop) it stays in
aiohttp's stream until httpx reads it. Either way httpx decodes it as with its own pool
(``Content-Encoding`` is left to it). A multipart body with files is sent as it is read.
"""

from __future__ import annotations

import base64
import functools
import itertools
import ssl
from collections.abc import AsyncIterator, Coroutine
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from . import compat
from .retry import fetch

if TYPE_CHECKING:
    import aiohttp
    from multidict import CIMultiDictProxy, MultiMapping

__all__ = ["AiohttpTransport", "available"]

#: httpx's own defaults, so the two pools cap connections alike.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def available() -> bool:
    """Whether aiohttp can be imported (without importing it: that costs ~100 ms)."""
    import importlib.util

    return importlib.util.find_spec("aiohttp") is not None


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx async transport sending through one ``aiohttp.ClientSession``.

    The session is opened on the first request, in the running event loop; ``limits`` caps
    connections as httpx's do (``max_connections``; idle ones close after
    ``keepalive_expiry``). ``proxy`` is an HTTP(S) proxy for every request of this transport.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | bool = True,
        proxy: httpx.Proxy | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        if proxy is not None and proxy.url.scheme not in ("http", "https"):
            raise ValueError(f"the aiohttp transport cannot use a {proxy.url.scheme} proxy")
        self._ssl: ssl.SSLContext | bool = verify
        # The proxy's URL (httpx.Proxy has taken any user:password out of it) and its headers,
        # with those credentials as Basic Proxy-Authorization, as httpx's own pool sends them.
        # aiohttp sends `proxy_headers` on a CONNECT (https) only; a plain-http request goes to
        # the proxy itself, so they travel with it (see _exchange).
        self._proxy_url = None if proxy is None else str(proxy.url)
        proxy_headers = {} if proxy is None else dict(proxy.headers)
        if proxy is not None and proxy.raw_auth is not None:
            token = base64.b64encode(b":".join(proxy.raw_auth)).decode("ascii")
            proxy_headers["Proxy-Authorization"] = f"Basic {token}"
        self._proxy_headers = proxy_headers or None
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._proxy = proxy
        self._httpx: httpx.AsyncHTTPTransport | None = None  # while a mock patches httpx
        self._decoded: Decoded = {}  # _aiohttp_headers
        self._urls: dict[Any, Any] = {}  # _aiohttp_url

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        connector = aiohttp.TCPConnector(
            ssl=self._ssl,
            limit=self._limits.max_connections or 0,
            keepalive_timeout=_keepalive(self._limits.keepalive_expiry),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            trust_env=False,  # proxies come from our routes (pool.py), as with httpx's pool
            auto_decompress=False,
        )
        # aiohttp silently resends an idempotent request once when a reused connection drops;
        # our retry policy is the one place that decides (and counts) retries.
        compat.stop_silent_resend(self._session)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's transport interface: the body is in the response's stream, for httpx to read
        (and decode) and close, which is also when httpx's own ``send`` sets ``elapsed``."""
        return await self._exchange(request, read=False)

    def fetch(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """The response read whole and closed, for a caller that would read it at once.

        The short request path (``direct.send_async``, through the retry transport's ``fetch``)
        uses this: a body with no ``Content-Encoding`` is already what httpx would read, so it
        is set as the response's content directly, without httpx's async byte iterators (a
        sixth of the SDK's own time a request). An encoded body is read by httpx's decoders.
        (A plain function returning the coroutine: one frame fewer to resume on every wake-up.)
        """
        return self._exchange(request, read=True)

    async def _exchange(self, request: httpx.Request, read: bool) -> httpx.Response:
        """The response, its body in an unread stream, or (``read``) read as :meth:`fetch` says."""
        if _patched_by_a_mock():
            return await self._through_httpx(request, read)
        session = self._session or self._open()
        timeout: dict[str, float | None] = request.extensions.get("timeout", {})
        body = _read_body(request)
        if body is None:
            body = await _body(request)
        headers: MultiMapping[str] = _aiohttp_headers(request.headers, self._decoded)
        if self._proxy_headers is not None and request.url.scheme == "http":
            from multidict import CIMultiDict

            headers = CIMultiDict(headers)  # a copy: the decoded set is shared
            headers.extend(self._proxy_headers)  # sent to the proxy, not tunnelled
        options = self._options(request, body, headers, timeout)
        if not read:
            return await self._stream(session, request, options)
        try:
            # Awaited and released rather than ``async with``: its exit is a coroutine more
            # a request, and a body read to the end has given its connection back already.
            answer = await session.request(**options)
            try:
                content = await answer.read()
            finally:
                answer.release()
            status, raw_headers, reason = answer.status, answer.raw_headers, answer.reason
            encoded = "Content-Encoding" in answer.headers
        except Exception as exc:  # (aiohttp's names are looked up only when one is raised)
            error = _translated(exc, request)
            if error is None:
                raise
            raise error from exc
        extensions = {"http_version": b"HTTP/1.1", "reason_phrase": (reason or "").encode()}
        # An all-ASCII answer's header encoding, which httpx would work out on the first
        # look-up by decoding every line (twice on a short call: the cookie check, the request
        # id), is known here in one pass.
        encoding = "ascii" if _ascii(raw_headers) else None
        if not encoded:  # made in the state ``aread`` then ``aclose`` leave a response in
            return compat.response_read(status, raw_headers, content, request, extensions, encoding)
        response = httpx.Response(
            status,
            headers=raw_headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions=extensions,
        )
        try:
            await response.aread()
        finally:
            await response.aclose()
        if encoding is not None:
            response.headers.encoding = encoding
        return response

    async def _through_httpx(self, request: httpx.Request, read: bool) -> httpx.Response:
        """The request sent through httpx's own pool, where the mock that patched it answers.

        respx (and pytest-httpx) intercept requests by patching httpx's/httpcore's transport
        classes; aiohttp's pool is not theirs, so a mocked test would otherwise reach the
        network silently. While such a patch is in place the request takes httpx's pool with
        the same TLS context and proxy (so a route the mock passes through still connects).
        """
        if self._httpx is None:
            self._httpx = httpx.AsyncHTTPTransport(verify=self._ssl, proxy=self._proxy)
        if read:
            return await fetch(self._httpx, request)
        return await self._httpx.handle_async_request(request)

    def _options(
        self,
        request: httpx.Request,
        body: Any,
        headers: MultiMapping[str],
        timeout: dict[str, float | None],
    ) -> dict[str, Any]:
        """The arguments of aiohttp's ``session.request`` for ``request``, read or streamed."""
        return {
            "method": request.method,
            "url": _aiohttp_url(request.url, self._urls),
            "headers": headers,
            "data": body or None,
            "allow_redirects": False,
            "compress": None,
            "timeout": _client_timeout(
                timeout.get("pool"), timeout.get("connect"), timeout.get("read")
            ),
            "proxy": self._proxy_url,
            "proxy_headers": self._proxy_headers,
        }

    async def _stream(
        self, session: aiohttp.ClientSession, request: httpx.Request, options: dict[str, Any]
    ) -> httpx.Response:
        """The response with its body unread, in a stream aiohttp fills as it is read (for
        httpx's ``send(stream=True)``: a download of any size in constant memory)."""
        try:
            answer = await session.request(**options)
        except Exception as exc:
            error = _translated(exc, request)
            if error is None:
                raise
            raise error from exc
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            stream=_AnswerStream(answer, request),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (answer.reason or "").encode(),
            },
        )

    async def aclose(self) -> None:
        if self._httpx is not None:
            await self._httpx.aclose()
            self._httpx = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    def forget_inherited(self) -> None:
        """In a forked child: never use or close the parent's session (``scope.py``), and keep
        aiohttp from reporting it unclosed when it is collected (its ``closed`` is its
        connector's flag; its sockets are left alone)."""
        session, self._session, self._httpx = self._session, None, None
        if session is not None and session.connector is not None:
            compat.mark_closed(session.connector)


#: How long aiohttp keeps an idle connection where httpx's limits say for ever (``None``): 68
#: years. aiohttp reads 0 as at once, and 3.11 (our floor) fails comparing an idle time with
#: None (the lowest range end found it).
FOREVER = float(2**31)


def _keepalive(expiry: float | None) -> float:
    """aiohttp's ``keepalive_timeout`` for httpx's ``keepalive_expiry``."""
    return FOREVER if expiry is None else expiry


def _patched_by_a_mock() -> bool:
    """Whether a mocking library (respx, pytest-httpx) has replaced httpx's async transport
    or httpcore's async pool: two attribute reads, on every request of this transport."""
    return (
        httpx.AsyncHTTPTransport.handle_async_request is not _HTTPX_HANDLE
        or httpcore.AsyncConnectionPool.handle_async_request is not _HTTPCORE_HANDLE
    )


# The methods as httpx and httpcore define them, read when ibl_client is imported.
_HTTPX_HANDLE = httpx.AsyncHTTPTransport.handle_async_request
_HTTPCORE_HANDLE = httpcore.AsyncConnectionPool.handle_async_request


#: How many sets of header lines a transport keeps decoded (``_aiohttp_headers``).
DECODED_HEADERS_KEPT = 256

#: A request's header lines (as bytes), and the same decoded for aiohttp.
Lines = tuple[tuple[bytes, bytes], ...]
Decoded = dict[Lines, "CIMultiDictProxy[str]"]


def _aiohttp_headers(headers: httpx.Headers, kept: Decoded) -> CIMultiDictProxy[str]:
    """``headers`` as text, names as given (as httpx's own pool sends them), without
    ``Transfer-Encoding`` (aiohttp writes its own framing), in the read-only multidict aiohttp
    takes as it is (given a list, it builds one on every request). A client sends the same
    few sets of lines again and again (its own headers, signed): each ASCII set is decoded once
    and ``kept`` by its transport (whose lifetime is the client's, credentials included)."""
    encoding = headers.encoding
    lines = tuple(headers.raw)
    decoded = kept.get(lines) if encoding == "ascii" else None
    if decoded is None:
        from multidict import CIMultiDict, CIMultiDictProxy

        decoded = CIMultiDictProxy(
            CIMultiDict(
                (name.decode(encoding), value.decode(encoding))
                for name, value in lines
                if name.lower() != b"transfer-encoding"
            )
        )
        if encoding == "ascii":
            if len(kept) >= DECODED_HEADERS_KEPT:
                kept.clear()
            kept[lines] = decoded
    return decoded


def _read_body(request: httpx.Request) -> bytes | None:
    """A body already in memory (bytes; no coroutine made and awaited for it), else None."""
    if type(request.stream) is not httpx.ByteStream:
        return None
    try:
        return request.content
    except httpx.RequestNotRead:
        return None


#: How many URLs a transport keeps in aiohttp's form (``_aiohttp_url``).
AIOHTTP_URLS_KEPT = 512


def _aiohttp_url(url: httpx.URL, kept: dict[Any, Any]) -> Any:
    """``url`` as aiohttp takes it: a ``yarl.URL``, already encoded as httpx encoded it.

    Converting costs writing the URL out and reading it in again, so each is ``kept`` by its
    transport (whose lifetime is the client's: a query may carry a secret) by its parsed parts:
    httpx makes a new ``URL`` object for every request, sharing the parts of the one it was
    given, and the short path gives the same parts to every call of an endpoint with the same
    query (``direct.Prepared.url``)."""
    import yarl

    if not compat.DIRECT:  # httpx's private names failed their probes: no key to keep it by
        return yarl.URL(str(url), encoded=True)
    parts = compat.url_reference(url)
    converted = kept.get(parts)
    if converted is None:
        converted = yarl.URL(str(url), encoded=True)
        if len(kept) >= AIOHTTP_URLS_KEPT:
            kept.clear()
        kept[parts] = converted
    return converted


async def _body(request: httpx.Request) -> Any:
    """The request body as aiohttp takes it: bytes, or chunks for a multipart body with files
    (a file is read as it is sent, not into memory; each attempt reads it from the start)."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream) or not isinstance(stream, httpx.AsyncByteStream):
        return await request.aread()

    async def chunks() -> AsyncIterator[bytes]:
        async for chunk in stream:
            yield chunk

    return chunks()


class _AnswerStream(httpx.AsyncByteStream):
    """An aiohttp response's body as httpx reads a stream; its errors become httpx's."""

    def __init__(self, answer: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._answer = answer
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import asyncio

        import aiohttp

        try:
            async for chunk in self._answer.content.iter_any():
                yield chunk
        except aiohttp.ClientError as exc:
            raise _httpx_error(exc, self._request) from exc
        except asyncio.TimeoutError as exc:  # a read that outlasts the read timeout
            raise httpx.ReadTimeout(str(exc) or "timed out reading", request=self._request) from exc

    async def aclose(self) -> None:
        # Back to the pool when read to the end; closed otherwise (the rest is not wanted).
        self._answer.release()


@functools.lru_cache(maxsize=64)
def _client_timeout(
    pool: float | None, connect: float | None, read: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for httpx's (``total`` is the retry policy's ``deadline``'s job).

    Made once per distinct set (a client's calls share one): it is an attrs instance, and
    building it was a tenth of this transport's own time a request."""
    import aiohttp

    return aiohttp.ClientTimeout(total=None, connect=pool, sock_connect=connect, sock_read=read)


def _ascii(lines: Any) -> bool:
    """Whether every header line (name and value, as bytes) is ASCII."""
    return all(map(bytes.isascii, itertools.chain.from_iterable(lines)))


def _translated(exc: Exception, request: httpx.Request) -> httpx.TransportError | None:
    """What a failed ``session.request`` (or read) raises instead: aiohttp's errors as httpx's,
    running out of time waiting for a connection (aiohttp's ``connect``) as httpx's
    ``PoolTimeout``; None for anything else, raised as it is."""
    import asyncio

    import aiohttp

    if isinstance(exc, aiohttp.ClientError):
        return _httpx_error(exc, request)
    if isinstance(exc, asyncio.TimeoutError):
        return httpx.PoolTimeout(str(exc) or "timed out waiting for a connection")
    return None


def _httpx_error(exc: Exception, request: httpx.Request) -> httpx.TransportError:
    """The httpx error for an aiohttp one, by whether the request can have been sent."""
    import aiohttp

    # A ClientResponseError's text holds the URL, query secrets included: name what went wrong.
    if isinstance(exc, aiohttp.ClientResponseError):
        message = f"{type(exc).__name__}: {exc.status}, {exc.message}"
    else:
        message = str(exc) or type(exc).__name__
    kind: type[httpx.TransportError]
    # Order matters: the connector's errors are subclasses of ClientOSError.
    if isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, aiohttp.ClientConnectorError):
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.SocketTimeoutError | aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientPayloadError):
        kind = httpx.ReadError
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.InvalidUrlClientError | aiohttp.NonHttpUrlClientError):
        kind = httpx.UnsupportedProtocol
    else:
        kind = httpx.NetworkError
    return kind(message, request=request)
