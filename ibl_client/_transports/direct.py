"""The short way from an operation's arguments to the transport, where it changes nothing.

``httpx.Client.send`` (and ``build_request`` before it) is general: it merges a base URL,
default parameters, cookies and headers on every call, parses the URL twice (once for the path,
once more to add the query), drives any auth flow as a generator, and follows redirects. On
our own pool most of that is constant or absent, and it cost more than the connection pool
itself: 1,950 Python calls a request on the tiny benchmark call, against 795 for httpcore alone.

So a client that made its own pool sends a request the short way when nothing else can apply:
its credential is one of ours (one header, no challenge), its cookie jar is empty and the call
sends no cookie, and the client has no event hooks. The request is built once, with the
client's constant headers prepared once (``Prepared``), given the credential, and handed to the
transport httpx would pick for its URL (its mounts: proxies), below which retries and timeouts
work as before. What the transport answers is finished as httpx finishes it (body read,
``elapsed``, its ``httpx`` log line, cookies kept); a redirect is handed to httpx's own
``send`` from the next hop on, so it is followed by httpx's rules. Anything else takes httpx's
whole path.
"""

from __future__ import annotations

import datetime
import functools
import logging
import re
import time
from collections.abc import Mapping
from typing import Any

import httpx

from .._auth import _TokenAuth
from .._extras import merge_headers
from . import compat
from .retry import fetch

__all__ = ["Prepared"]

_httpx_logger = logging.getLogger("httpx")
#: A path or query httpx's URL parser would keep as it is: only characters it never escapes,
#: and '%' only in an escape. (Dot segments are excluded separately: it would remove them.)
_AS_PARSED = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")
#: Methods httpx.Request gives ``Content-Length: 0`` when they carry no body.
_EMPTY_BODY_SAYS_SO = frozenset({"POST", "PUT", "PATCH"})
#: The installed httpx's quoting of query names and values (``compat``), for the ones a client
#: sends again and again (bounded); ``None`` where neither candidate matches httpx's.
_quote = None if compat.quote_query is None else functools.lru_cache(1024)(compat.quote_query)


def query_string(params: Any) -> str:
    """``str(httpx.QueryParams(params))``, for the dict of names to values (or lists of them)
    the generated code passes, without building a ``QueryParams``: the same coercion (``True``
    is ``true``, ``None`` is empty, else ``str()``) and the same quoting as the installed
    httpx (``%20`` for a space up to 0.27, ``+`` from 0.28)."""
    quote = _quote
    if quote is None or type(params) is not dict:
        return str(httpx.QueryParams(params))
    pairs = []
    for name, value in params.items():
        if type(name) is not str:  # (httpx's way, for every name)
            return str(httpx.QueryParams(params))
        for item in value if isinstance(value, (list, tuple)) else (value,):
            text = (
                "true"
                if item is True
                else "false"
                if item is False
                else ""
                if item is None
                else str(item)
            )
            pairs.append(f"{quote(name)}={quote(text)}")
    return "&".join(pairs)


class Prepared:
    """What a client's requests share, computed once: headers, and whether the short way fits."""

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        base_url: str,
        headers: Mapping[str, str],
        ours: bool,
    ) -> None:
        self.http = http
        self.base_url = base_url
        base = httpx.URL(base_url)
        self._base = compat.url_reference(base)  # parsed once, not on every request
        # httpx's own defaults (Accept, Accept-Encoding, Connection, User-Agent), then ours,
        # merged as httpx's build_request merges them.
        self._defaults, self._ours = http.headers, dict(headers)
        self.headers = self._merged(self._ours)
        # What a body-less request sends: Host first, as httpx.Request puts it.
        # (The names as written, not lower-cased as ``multi_items`` gives them: httpx sends
        # ``Accept``, and so does the short way.)
        self._host = base.netloc
        self._sent = httpx.Headers([(b"Host", self._host), *self.headers.raw])
        self._sent_encoding = self._sent.encoding
        # The same, signed with a client's credential (made on its first request, and again
        # only if the credential changes): signing each request apart was a tenth of it.
        self._signed: tuple[httpx.Auth, httpx.Headers] | None = None
        # A pool our client built (pool.py), not one a user passed; no user:password in the
        # base URL, which httpx's send turns into Basic auth (the short way would not); and
        # httpx's private names the short way uses all passed their probes (compat.py).
        self.ours = ours and not base.userinfo and compat.DIRECT
        # URLs are immutable, and a client asks for the same few again and again: each is
        # worked out once (two regular expressions and a URL a request otherwise).
        self.url = functools.lru_cache(maxsize=512)(self._url)

    def request(
        self,
        kwargs: Mapping[str, Any],
        extensions: dict[str, Any],
        auth: httpx.Auth | None = None,
    ) -> httpx.Request:
        """The request httpx's ``build_request`` would build, its base URL not parsed again,
        signed as ``auth`` signs it when that is one of our credentials (the short way sends
        it as it is; httpx's own ``send`` signs it again, the same)."""
        token = auth if auth is not None and type(auth).auth_flow is _TokenAuth.auth_flow else None
        kwargs = dict(kwargs)
        method = kwargs.pop("method").upper()
        params = kwargs.pop("params", None)
        url = self.url(kwargs.pop("url"), query_string(params) if params else "")
        headers = self.headers
        extra = kwargs.pop("headers", None)
        if extra:  # merged as before: the call's over ours (a dict), then over httpx's
            headers = self._merged(merge_headers(self._ours, extra))
        if kwargs or method in _EMPTY_BODY_SAYS_SO:  # a body to encode, or Content-Length: 0
            request = httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)
            sign(token, request)
            return request
        return self._bodiless(method, url, headers, extensions, token)

    def _bodiless(
        self,
        method: str,
        url: httpx.URL,
        headers: httpx.Headers,
        extensions: dict[str, Any],
        token: httpx.Auth | None,
    ) -> httpx.Request:
        """A request without a body, as ``httpx.Request`` makes it, without its general steps.

        Given no body, ``httpx.Request`` adds only ``Host`` in front (``_prepare``), after
        checking the headers for it and for content headers: each check works out the
        headers' encoding again, and the headers are copied twice (a seventh of the SDK's time
        a request). Here ``Host`` is the base URL's (the short way sends nowhere else), added
        unless the call sent its own, and the headers' encoding is the one worked out once.
        """
        signed = False
        if headers is not self.headers:
            if "Host" not in headers:
                headers = httpx.Headers([(b"Host", self._host), *headers.raw])
            encoding = headers.encoding
        elif token is None:
            headers, encoding = self._sent, self._sent_encoding
        else:
            headers, encoding, signed = self._signed_with(token), self._sent_encoding, True
        # (As httpx.Request makes it, its headers' encoding known, and read as httpx.Request
        # reads a body it encoded itself.)
        request = compat.request_without_body(method, url, headers, encoding, extensions)
        if not signed:
            sign(token, request)
        return request

    def _signed_with(self, token: httpx.Auth) -> httpx.Headers:
        if self._signed is None or self._signed[0] is not token:
            headers = httpx.Headers(self._sent)
            headers.encoding = self._sent_encoding
            sign(token, headers)
            self._signed = (token, headers)
        return self._signed[1]

    def _merged(self, ours: Mapping[str, str]) -> httpx.Headers:
        headers = httpx.Headers(self._defaults)
        headers.update(httpx.Headers(ours))
        return headers

    def _url(self, path: str, query: str) -> httpx.URL:
        """``base_url`` + ``path`` + ``query`` as httpx would parse it, without parsing where the
        parts are already in the form its parser gives (the generated code quotes path
        parameters; ``httpx.QueryParams`` quotes the query)."""
        relative = path.lstrip("/")
        full = f"{self._base.path}/{relative}"
        if "/." in full or not _AS_PARSED.fullmatch(full) or not _AS_PARSED.fullmatch(query):
            return httpx.URL(f"{self.base_url}/{relative}" + (f"?{query}" if query else ""))
        return compat.url_from(self._base, full, query)

    def short_way(self, auth: httpx.Auth | None) -> bool:
        """Whether sending ``request`` the short way changes nothing httpx would do."""
        http = self.http
        return (
            self.ours
            and (auth is None or type(auth).auth_flow is _TokenAuth.auth_flow)
            and not compat.has_cookies(http.cookies)
            and not any(http.event_hooks.values())
        )


def sign(token: httpx.Auth | None, request: httpx.Request | httpx.Headers) -> None:
    """What our credentials' ``auth_flow`` does to a request (or its headers)."""
    if token is not None:
        headers = request if isinstance(request, httpx.Headers) else request.headers
        headers["Authorization"] = token._header  # type: ignore[attr-defined]


def finish(
    http: httpx.Client | httpx.AsyncClient,
    request: httpx.Request,
    response: httpx.Response,
    started: float,
) -> None:
    """What ``httpx.Client._send_single_request`` and ``send`` do with a read response."""
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    response.default_encoding = compat.default_encoding(http)
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)
    if _httpx_logger.isEnabledFor(logging.INFO):  # (its arguments cost more than the check)
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


def attach(exc: httpx.TransportError, request: httpx.Request) -> None:
    """Give a transport error its request, as httpx's ``request_context`` does (its public
    ``request`` raises ``RuntimeError`` while there is none)."""
    try:
        exc.request  # noqa: B018
    except RuntimeError:
        exc.request = request


def send(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """Send the short way (sync) a request :meth:`Prepared.request` built; see the module's
    docstring."""
    transport = compat.transport_for(http, request.url)
    started = time.perf_counter()
    try:
        response = transport.handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
    except httpx.TransportError as exc:
        attach(exc, request)
        raise
    finish(http, request, response, started)
    if response.status_code < 300 or not response.has_redirect_location:
        return response
    final = http.send(compat.redirect_request(http, request, response), auth=None)
    final.history = [response, *final.history]
    return final


async def send_async(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send the short way (async twin of :func:`send`)."""
    transport = compat.transport_for(http, request.url)
    started = time.perf_counter()
    try:
        response = await fetch(transport, request)
    except httpx.TransportError as exc:
        attach(exc, request)
        raise
    finish(http, request, response, started)
    if response.status_code < 300 or not response.has_redirect_location:
        return response
    final = await http.send(compat.redirect_request(http, request, response), auth=None)
    final.history = [response, *final.history]
    return final
