"""Everything the SDK uses of httpx and aiohttp that is not their public API, in one place.

The short request path (``direct.py``) and the aiohttp transport are fast because they skip
general steps of httpx, and that takes a few names httpx does not promise to keep:

- ``URL._uri_reference``, and a ``URL`` made by ``URL.__new__`` given one: a URL built from
  the base URL's parsed parts without parsing again;
- ``Client._transport_for_url`` and ``Client._build_redirect_request``: the transport httpx
  would pick (its mounts: proxies), and the request it would send next on a redirect;
- ``Client._default_encoding``: the text encoding httpx gives a response it finishes itself;
- ``Response._content`` and ``Response._num_bytes_downloaded``: a response whose body is
  already read, in the state httpx's ``read`` leaves it; ``Request._content``: the same of a
  request without a body (httpx's ``read`` first asserts its stream against
  ``typing.Iterable``, a tenth of the short path's own time);
- the attributes ``httpx.Request``, ``httpx.Response`` and ``httpx.Headers`` set when they are
  made (``Headers._list`` and ``_encoding``, ``Response._request``): a body-less request, and
  a response read whole, made by setting them (``request_without_body``, ``response_read``)
  instead of through the general constructors' checks, copies and header normalising (which
  cost as much as the rest of the aiohttp transport);
- ``httpx._utils.get_environment_proxies``: the routes the proxy variables describe (``pool.py``);
- the standard library's ``CookieJar._cookies``: whether a client holds any cookie, without
  walking the jar (``httpx.Cookies``' own truth value walks it; the short path asks twice a
  request);
- aiohttp's ``ClientSession._retry_connection``: the switch that stops aiohttp sending an
  idempotent request again, unseen, when a kept-alive connection turns out closed;
- aiohttp's ``BaseConnector._closed``: what a session inherited across a fork is marked with,
  so that aiohttp does not report it unclosed when it is collected (``forget_inherited``).

Each is probed once, on import (a fraction of a millisecond: small objects, no client, no
I/O), by using it as the SDK does and checking the result. When one of the short path's names
fails its probe, ``DIRECT`` is false and every client builds and sends through httpx's public
``build_request`` and ``send``: slower, never broken. ``IBL_NO_DIRECT=1`` in the environment
does the same on purpose, and clients made inside ``public_path()`` take it too (the
benchmarks compare the two paths so). Where a public equivalent exists it is the fallback of
its own name: the proxy routes are then read from ``urllib``'s ``getproxies`` by the rules
httpx applies. aiohttp is probed when its first session opens (importing it with the SDK would
cost ~100 ms); without the switch aiohttp may send a GET or PUT twice on a stale connection
(never a POST), and that is logged once as a warning.

How httpx writes a query string also differs between versions (``%20`` for a space up to 0.27,
``+`` from 0.28): ``quote_query`` is the one of two quoting functions that gives the installed
httpx's answer on a sample, else ``None`` (then ``str(httpx.QueryParams(...))`` is used).
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import ModuleType
from typing import Any, overload

import httpx

__all__ = [
    "DIRECT",
    "FAILED",
    "NO_DIRECT_VARIABLE",
    "environment_proxies",
    "probe",
    "public_path",
    "quote_query",
    "short_path_allowed",
]

#: Set to 1 to send every request through httpx's public ``build_request``/``send``.
NO_DIRECT_VARIABLE = "IBL_NO_DIRECT"
_logger = logging.getLogger("ibl_client")


# -- the probes: each uses a name as the SDK does, on the given httpx module -----------------


def _url_reference(h: Any) -> bool:
    url = url_from(url_reference(h.URL("http://h.test:81/p")), "/p/q", "a=b%20c", h.URL)
    return bool(
        url.raw_path == b"/p/q?a=b%20c" and str(url) == "http://h.test:81/p/q?a=b%20c"
    ) and (url.host, url.port, url.netloc) == ("h.test", 81, b"h.test:81")


def _method_takes(cls: type, name: str, *parameters: str) -> bool:
    """Whether ``cls.name`` is a plain method whose parameters start ``self, *parameters``."""
    code = getattr(getattr(cls, name, None), "__code__", None)
    return code is not None and code.co_varnames[: len(parameters) + 1] == ("self", *parameters)


def _init_sets(cls: type, name: str) -> bool:
    """Whether an ``__init__`` on ``cls``'s MRO names ``name`` (without building a client:
    that makes an SSL context, milliseconds)."""
    inits = (vars(c)["__init__"] for c in cls.__mro__ if "__init__" in vars(c))
    return any(name in getattr(getattr(init, "__code__", None), "co_names", ()) for init in inits)


def _transport_for_url(h: Any) -> bool:
    return all(_method_takes(c, "_transport_for_url", "url") for c in (h.Client, h.AsyncClient))


def _build_redirect_request(h: Any) -> bool:
    return all(
        _method_takes(c, "_build_redirect_request", "request", "response")
        for c in (h.Client, h.AsyncClient)
    )


def _default_encoding(h: Any) -> bool:
    return all(_init_sets(c, "_default_encoding") for c in (h.Client, h.AsyncClient))


def _read_content(h: Any) -> bool:
    response = h.Response(200, stream=h.ByteStream(b"{}"))
    set_read(response, b"{}")
    return bool(response.content == b"{}" and response.num_bytes_downloaded == 2)


def _read_request_content(h: Any) -> bool:
    request = h.Request("GET", "http://h.test/", stream=h.ByteStream(b""))
    set_request_empty(request)
    return bool(request.content == b"")


def _same_attributes(made: Any, public: Any, read: Any) -> bool:
    """Whether ``made`` holds the attributes httpx's constructor gave ``public`` and what
    reading ``read`` (made the same way) added, with the same values (headers and streams
    compared by what they hold). Caches httpx fills on first use are left out."""
    if vars(made).keys() != vars(public).keys() | {"_content"}:
        return False
    for name, value in vars(made).items():
        other = vars(read)[name]
        if name == "headers":  # (the encoding as worked out, if not given)
            if (vars(value).keys(), value._list, value.encoding) != (
                vars(other).keys(),
                other._list,
                other.encoding,
            ):
                return False
        elif name == "stream":
            if (type(value), b"".join(value)) != (type(other), b"".join(other)):
                return False
        elif value != other:
            return False
    return True


def _request_attributes(h: Any) -> bool:
    headers = h.Headers({"Host": "h.test", "X-Ascii": "a"})

    def public() -> Any:
        return h.Request(
            "GET", "http://h.test/p?q=1", headers=headers, stream=h.ByteStream(b""), extensions={}
        )

    read = public()
    read.headers.encoding = "ascii"
    read.read()
    made = request_without_body("GET", read.url, headers, "ascii", {}, h)
    return _same_attributes(made, public(), read) and made.content == b""


def _response_attributes(h: Any) -> bool:
    request = h.Request("GET", "http://h.test/")
    lines = ((b"Content-Type", b"application/json"), (b"X-Name", b"Zo\xeb"))
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}

    def public() -> Any:
        return h.Response(
            201, headers=lines, stream=h.ByteStream(b"{}"), request=request, extensions=extensions
        )

    read = public()
    read.read()
    read.close()
    made = response_read(201, lines, b"{}", request, extensions, None, h)
    return (
        _same_attributes(made, public(), read)
        and (made.request, made.json(), made.headers["x-name"]) == (request, {}, "Zoë")
        and made.is_closed
    )


def _cookie_store(h: Any) -> bool:
    cookies = h.Cookies()
    empty = not has_cookies(cookies)
    cookies.set("name", "value", domain="h.test")
    return empty and has_cookies(cookies)


#: The short path's names, each with its probe.
_DIRECT_PROBES: dict[str, Callable[[Any], bool]] = {
    "URL._uri_reference": _url_reference,
    "Client._transport_for_url": _transport_for_url,
    "Client._build_redirect_request": _build_redirect_request,
    "Client._default_encoding": _default_encoding,
    "Response._content": _read_content,
    "Response._num_bytes_downloaded": _read_content,
    "Request._content": _read_request_content,
    "Request attributes": _request_attributes,
    "Response attributes": _response_attributes,
    "Headers._list": _request_attributes,
    "Headers._encoding": _request_attributes,
    "Response._request": _response_attributes,
    "CookieJar._cookies": _cookie_store,
}
ENVIRONMENT_PROXIES = "httpx._utils.get_environment_proxies"


def _httpx_environment_proxies(h: Any) -> Callable[[], dict[str, str | None]] | None:
    function = getattr(getattr(h, "_utils", None), "get_environment_proxies", None)
    return function if callable(function) else None


def probe(h: ModuleType | Any = httpx) -> tuple[str, ...]:
    """The private names of httpx (given as ``h``, for tests) that fail their probe."""
    failed = []
    for name, check in _DIRECT_PROBES.items():
        try:
            passed = check(h)
        except Exception:  # a name gone or changed fails its probe, however it fails
            passed = False
        if not passed:
            failed.append(name)
    try:
        proxies = _httpx_environment_proxies(h)
    except Exception:
        proxies = None
    if proxies is None:
        failed.append(ENVIRONMENT_PROXIES)
    return tuple(failed)


# -- the query string -----------------------------------------------------------------------

# Two pairs: the separator between them is written by the quoting too.
_QUERY_SAMPLE = {"a b/~*": "ü c+&=%", "k": "v"}


def _quote_matching(h: Any) -> Callable[[str], str] | None:
    """``quote_plus`` or ``quote(safe="")``, whichever writes the sample as httpx does."""
    expected = str(h.QueryParams(_QUERY_SAMPLE))

    def quote_all(text: str) -> str:
        return urllib.parse.quote(text, safe="")

    for quote in (urllib.parse.quote_plus, quote_all):
        if "&".join(f"{quote(k)}={quote(v)}" for k, v in _QUERY_SAMPLE.items()) == expected:
            return quote
    return None


# -- the accessors the transports use (only called when DIRECT is true, or in the probes) -----


def url_reference(url: httpx.URL) -> Any:
    """The parsed parts of ``url``, to build others from (:func:`url_from`)."""
    return url._uri_reference


def url_from(
    reference: Any, path: str, query: str, url_class: type[httpx.URL] = httpx.URL
) -> httpx.URL:
    """A URL of ``reference``'s scheme and host with this path and query, not parsed again
    (``path`` and ``query`` must already be in the form httpx's parser gives)."""
    url = url_class.__new__(url_class)
    # The named tuple's own ``_make``, its other parts as they are (``_replace`` goes through
    # a dict of the names given: three times as long).
    url._uri_reference = reference._make((*reference[:4], path, query or None, reference[6]))
    return url


@overload
def transport_for(http: httpx.Client, url: httpx.URL) -> httpx.BaseTransport: ...
@overload
def transport_for(http: httpx.AsyncClient, url: httpx.URL) -> httpx.AsyncBaseTransport: ...
def transport_for(
    http: httpx.Client | httpx.AsyncClient, url: httpx.URL
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    """The transport httpx would send a request for ``url`` through (its mounts: proxies)."""
    return http._transport_for_url(url)


def redirect_request(
    http: httpx.Client | httpx.AsyncClient, request: httpx.Request, response: httpx.Response
) -> httpx.Request:
    """The request httpx sends next on a redirect (its rules: method, headers, cookies)."""
    return http._build_redirect_request(request, response)


def default_encoding(http: httpx.Client | httpx.AsyncClient) -> str | Callable[[bytes], str]:
    """The encoding httpx gives the text of a response it finishes itself."""
    return http._default_encoding


def has_cookies(cookies: httpx.Cookies) -> bool:
    """Whether ``cookies`` holds any (true also for a jar emptied by expiry: the long way is
    then taken, as it must be whenever one may be sent)."""
    return bool(cookies.jar._cookies)  # type: ignore[attr-defined]


def set_request_empty(request: httpx.Request) -> None:
    """Leave a request made with an empty ``ByteStream`` as ``read`` would: its content b""."""
    request._content = b""


def set_read(response: httpx.Response, content: bytes) -> None:
    """Leave ``response`` as ``read`` then ``close`` would, its body being ``content``."""
    response._content = content
    response._num_bytes_downloaded = len(content)
    response.is_stream_consumed = response.is_closed = True


_new = object.__new__
_EMPTY = httpx.ByteStream(b"")


def request_without_body(
    method: str,
    url: httpx.URL,
    headers: httpx.Headers,
    encoding: str,
    extensions: dict[str, Any],
    h: Any = httpx,
) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, stream=<empty>, extensions=extensions)``,
    its headers' encoding ``encoding``, then read: the same attributes, set as they are
    (``method`` already upper-case; the ``extensions`` dict is the request's own)."""
    copied = _new(h.Headers)
    copied._list = list(headers._list)
    copied._encoding = encoding
    request: httpx.Request = _new(h.Request)
    request.__dict__.update(
        method=method, url=url, headers=copied, extensions=extensions, stream=_EMPTY
    )
    set_request_empty(request)
    return request


def response_read(
    status: int,
    lines: Iterable[tuple[bytes, bytes]],
    content: bytes,
    request: httpx.Request,
    extensions: dict[str, Any],
    encoding: str | None,
    h: Any = httpx,
) -> httpx.Response:
    """``httpx.Response(status, headers=lines, stream=ByteStream(content), request=request,
    extensions=extensions)`` then read and closed, its headers' ``encoding`` given where known
    (``None``: worked out by httpx when first needed): the same attributes, set as they are."""
    headers = _new(h.Headers)
    headers._list = [(name, name.lower(), value) for name, value in lines]
    headers._encoding = encoding
    response: httpx.Response = _new(h.Response)
    response.__dict__.update(
        status_code=status,
        headers=headers,
        _request=request,
        next_request=None,
        extensions=extensions,
        history=[],
        default_encoding="utf-8",
        stream=h.ByteStream(content),
    )
    set_read(response, content)
    return response


# -- what the probes decided ----------------------------------------------------------------


def short_path_allowed(failed: Iterable[str], environ: Mapping[str, str]) -> bool:
    """Whether the short path may be taken: none of its names ``failed``, and the environment
    does not ask for the public path."""
    return not set(failed) & set(_DIRECT_PROBES) and environ.get(NO_DIRECT_VARIABLE, "") in (
        "",
        "0",
    )


@contextlib.contextmanager
def public_path() -> Iterator[None]:
    """Clients made inside take httpx's public path, as after a failed probe (a client reads
    ``DIRECT`` when it is made): for benchmarks and tests that compare the two paths."""
    global DIRECT
    was, DIRECT = DIRECT, False
    try:
        yield
    finally:
        DIRECT = was


#: The names that failed their probe on the installed httpx.
FAILED = probe()
#: Whether clients take the short path (``direct.py``) where it applies.
DIRECT = short_path_allowed(FAILED, os.environ)
quote_query = _quote_matching(httpx)
if FAILED:
    _logger.debug("httpx %s: private names changed: %s", httpx.__version__, ", ".join(FAILED))


# -- the proxy routes -----------------------------------------------------------------------


def _routes_from_urllib() -> dict[str, str | None]:
    """The routes for the proxy variables, by the rules httpx applies to them: a proxy for
    ``http``, ``https`` and ``all`` (``http://`` added to a bare host), and in ``NO_PROXY``
    ``*`` for no proxy at all, else each entry connecting directly: a URL as given, an IP
    address or ``localhost`` exactly, any other name as a suffix."""
    found = urllib.request.getproxies()
    routes: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        if found.get(scheme):
            url = found[scheme]
            routes[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (entry.strip() for entry in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            routes[host] = None
            continue
        try:
            address = ipaddress.ip_address(host.split("/")[0])
        except ValueError:
            pattern = host if host.lower() == "localhost" else f"*{host}"
        else:
            pattern = f"[{host}]" if address.version == 6 else host
        routes[f"all://{pattern}"] = None
    return routes


_from_httpx = None if ENVIRONMENT_PROXIES in FAILED else _httpx_environment_proxies(httpx)
#: The routes the proxy variables describe: httpx's own reading where it has one, else ours.
environment_proxies: Callable[[], dict[str, str | None]] = _from_httpx or _routes_from_urllib


# -- aiohttp --------------------------------------------------------------------------------


def _aiohttp_resend_switch(session_class: type) -> bool:
    """Whether aiohttp's session sets ``_retry_connection`` and its ``_request`` reads it."""
    request = getattr(getattr(session_class, "_request", None), "__code__", None)
    return (
        _init_sets(session_class, "_retry_connection")
        and request is not None
        and "_retry_connection" in request.co_names
    )


_warned_resend = False


def stop_silent_resend(session: Any) -> bool:
    """Turn off aiohttp's own resending on ``session``; false (warned once) where it cannot be.

    Our retry policy is the one place that decides, and counts, retries."""
    global _warned_resend
    if _aiohttp_resend_switch(type(session)):
        session._retry_connection = False
        return True
    if not _warned_resend:
        import aiohttp

        _warned_resend = True
        _logger.warning(
            "aiohttp %s has no ClientSession._retry_connection: it may send an idempotent "
            "request a second time on a stale connection, beside our retry policy",
            aiohttp.__version__,
        )
    return False


def mark_closed(connector: Any) -> None:
    """Mark an aiohttp connector closed without closing its sockets (a forked child's copy of
    its parent's: the parent still uses them). Where aiohttp keeps the flag elsewhere, nothing
    is done: the cost is a "Unclosed connector" warning when the copy is collected."""
    if isinstance(getattr(connector, "_closed", None), bool):
        connector._closed = True
