"""The connection pool a client makes when it is not given one: routes, TLS, and retries on each.

httpx reads proxies from ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` only
when it makes its own transport; a client given a transport (ours is the retry transport)
connects directly. So the pool asks httpx's own function for the routes those variables
describe and mounts a retry transport on each, as httpx would mount its plain ones. TLS
follows the same rule: without ``verify=``, httpx's own ``create_ssl_context`` reads
``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` (else certifi's bundle); one context serves every route.

As for every option, an argument wins over the environment: ``proxy="http://..."`` sends every
request through that proxy, ``proxy=None`` connects directly whatever the variables say, and
``verify=True`` means certifi's bundle even if ``SSL_CERT_FILE`` is set.
"""

from __future__ import annotations

import os
import ssl
import weakref
from collections.abc import Mapping
from types import MappingProxyType

import attrs
import httpx

from .. import _log
from .._config import NOT_GIVEN, NotGiven
from .._errors import ConfigurationError
from .compat import environment_proxies
from .rate_gate import RateGate
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .scope import LoopScopedTransport, ProcessScopedTransport

ProxyOption = str | httpx.URL | httpx.Proxy | None
VerifyOption = bool | str | os.PathLike[str] | ssl.SSLContext
PROXY_VARIABLES = "HTTP_PROXY, HTTPS_PROXY, ALL_PROXY"


#: The httpx clients built here: their settings are known, so requests may take the short way
#: (``direct.py``); one a user passes as ``http_client`` may carry hooks, cookies or defaults.
_BUILT: weakref.WeakSet[httpx.Client | httpx.AsyncClient] = weakref.WeakSet()


def built_here(http: httpx.Client | httpx.AsyncClient) -> bool:
    return http in _BUILT


def _freeze_routes(routes: Mapping[str, httpx.Proxy | None]) -> Mapping[str, httpx.Proxy | None]:
    return MappingProxyType(dict(routes))


@attrs.frozen
class PoolConfig:
    """Where requests go (``routes``: URL pattern to proxy, ``None`` for direct) and how TLS
    is verified. Built once per constructed client; derived clients share the pool."""

    routes: Mapping[str, httpx.Proxy | None] = attrs.field(converter=_freeze_routes)
    ssl_context: ssl.SSLContext = attrs.field(repr=False)


def resolve_pool(
    proxy: ProxyOption | NotGiven,
    verify: VerifyOption | NotGiven,
    *,
    given: str | None = None,
) -> PoolConfig | None:
    """The routes and TLS context for ``proxy`` and ``verify``, else the environment's.

    ``given`` names the argument (``transport``, ``http_client``) that brought its own
    connections: then there is no pool to configure, and ``proxy``/``verify`` are refused.
    """
    if given is not None:
        for name, value in (("proxy", proxy), ("verify", verify)):
            if value is not NOT_GIVEN:
                raise ConfigurationError(
                    f"{name}: not used with {given}=; configure it on the {given} you pass"
                )
        return None
    if proxy is NOT_GIVEN:
        routes = {
            pattern: None if url is None else _proxy(url, PROXY_VARIABLES)
            for pattern, url in environment_proxies().items()
        }
    elif proxy is None:
        routes = {}
    else:
        routes = {"all://": _proxy(proxy, "proxy")}
    return PoolConfig(routes=routes, ssl_context=_ssl_context(verify))


def _proxy(url: str | httpx.URL | httpx.Proxy, name: str) -> httpx.Proxy:
    if isinstance(url, httpx.Proxy):
        return url
    try:
        return httpx.Proxy(url)
    except (TypeError, ValueError, httpx.InvalidURL) as exc:
        shown = _log.redact_url(url) if isinstance(url, (str, httpx.URL)) else repr(url)
        raise ConfigurationError(f"{name}: not a usable proxy URL {shown!r} ({exc})") from None


def _ssl_context(verify: VerifyOption | NotGiven) -> ssl.SSLContext:
    if verify is NOT_GIVEN:
        return httpx.create_ssl_context(verify=True, trust_env=True)
    if isinstance(verify, bool):
        return httpx.create_ssl_context(verify=verify, trust_env=False)
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, (str, os.PathLike)):
        path = os.fspath(verify)
        try:
            if os.path.isdir(path):
                return ssl.create_default_context(capath=path)
            return ssl.create_default_context(cafile=path)
        except (OSError, ssl.SSLError) as exc:
            message = f"verify: cannot load CA certificates from {path!r} ({exc})"
            raise ConfigurationError(message) from None
    raise ConfigurationError(
        f"verify: expected True, False, a CA bundle path or an ssl.SSLContext, got {verify!r}"
    )


def sync_pool(
    pool: PoolConfig | None, policy: RetryPolicy, transport: httpx.BaseTransport | None
) -> httpx.Client:
    """An ``httpx.Client`` that retries on every route: ``transport`` if given, else direct
    and through each proxy of ``pool``."""
    mounts: dict[str, httpx.BaseTransport | None] = {}
    gate = RateGate()  # one per client, whichever route a request takes (rate_gate.py)
    if pool is not None:

        def via(proxy: httpx.Proxy | None) -> httpx.BaseTransport:
            # One pool per process (scope.py): a forked child makes its own.
            return ProcessScopedTransport(
                lambda: httpx.HTTPTransport(verify=pool.ssl_context, proxy=proxy)
            )

        transport = via(None)
        for pattern, proxy in pool.routes.items():
            mounts[pattern] = (
                None if proxy is None else RetryTransport(via(proxy), policy, gate=gate)
            )
    assert transport is not None
    retrying = RetryTransport(transport, policy, gate=gate)
    client = httpx.Client(transport=retrying, mounts=mounts, follow_redirects=True)
    _BUILT.add(client)
    return client


#: The async connection pools: httpx's own (httpcore), or aiohttp's (``aiohttp.py``).
BACKENDS = ("aiohttp", "httpx")


def resolve_backend(backend: str | NotGiven, *, given: str | None = None) -> str:
    """The async pool to build: ``backend`` if given, else aiohttp where it is installed.

    aiohttp's pool does several times the requests/s of httpx's at 10 concurrent calls and
    more (docs/benchmarks.md); httpx's is the fallback, and what ``backend="httpx"`` asks for.
    """
    if given is not None:
        if backend is not NOT_GIVEN:
            raise ConfigurationError(f"backend: not used with {given}=; it brings its own")
        return "httpx"
    if backend is NOT_GIVEN:
        from .aiohttp import available

        return "aiohttp" if available() else "httpx"
    if backend not in BACKENDS:
        raise ConfigurationError(f"backend: expected one of {', '.join(BACKENDS)}, got {backend!r}")
    if backend == "aiohttp":
        from .aiohttp import available

        if not available():
            raise ConfigurationError(
                "backend: aiohttp is not installed; pip install 'ibl-client[aiohttp]'"
            )
    return backend


def async_pool(
    pool: PoolConfig | None,
    policy: RetryPolicy,
    transport: httpx.AsyncBaseTransport | None,
    backend: str = "httpx",
) -> httpx.AsyncClient:
    """The async twin of :func:`sync_pool`, on httpx's pool or aiohttp's (``backend``).

    A SOCKS proxy route stays on httpx's pool: aiohttp speaks to HTTP(S) proxies only.
    """
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    gate = RateGate()  # one per client, whichever route a request takes (rate_gate.py)
    if pool is not None:

        def via(proxy: httpx.Proxy | None) -> httpx.AsyncBaseTransport:
            # One pool per event loop and per process (scope.py), made on first use there:
            # a client made once serves every loop that uses it.
            if backend == "aiohttp" and (proxy is None or proxy.url.scheme in ("http", "https")):
                from .aiohttp import AiohttpTransport

                return LoopScopedTransport(
                    lambda: AiohttpTransport(verify=pool.ssl_context, proxy=proxy)
                )
            return LoopScopedTransport(
                lambda: httpx.AsyncHTTPTransport(verify=pool.ssl_context, proxy=proxy)
            )

        transport = via(None)
        for pattern, proxy in pool.routes.items():
            mounts[pattern] = (
                None if proxy is None else AsyncRetryTransport(via(proxy), policy, gate=gate)
            )
    assert transport is not None
    retrying = AsyncRetryTransport(transport, policy, gate=gate)
    client = httpx.AsyncClient(transport=retrying, mounts=mounts, follow_redirects=True)
    _BUILT.add(client)
    return client
