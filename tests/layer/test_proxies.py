"""Proxies and CA settings, over real sockets: a forward proxy and a TLS server on loopback.

The variables are honoured as httpx honours them (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY,
SSL_CERT_FILE, SSL_CERT_DIR), with the retry transport on every route; ``proxy=`` and
``verify=`` win over them, as every argument wins over its variable.
"""

from __future__ import annotations

import base64
import socket
import ssl
from typing import Any

import httpx
import pytest
from support.clients import client as async_call
from support.clients import sync_on as sync_call

from ibl_client import APIConnectionError, AsyncClient, Client, ConfigurationError

from . import fake_operation as op
from .conftest import Certificate, set_environment
from .fake_operation import COURSE
from .server import ForwardProxy, ScriptedServer, reply


def closed_port() -> str:
    """A loopback address nothing listens on: a proxy there refuses every connection."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


async def call(twin: str, server: ScriptedServer, **options: Any) -> int:
    """One call of the fake operation through a fresh client; the retries it took."""
    if twin == "sync":
        with sync_call(server, **options) as ibl:
            response = op.sync_detailed(client=ibl)
    else:
        async with async_call(server, **options) as ibl:
            response = await op.asyncio_detailed(client=ibl)
    response.unwrap()
    return response.retries


TWINS = ["sync", "async"]


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
async def test_a_proxy_from_the_environment_carries_http(
    twin: str,
    variable: str,
    server: ScriptedServer,
    proxy: ForwardProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_environment(monkeypatch, **{variable: proxy.url})
    server.default = reply(200, COURSE)
    await call(twin, server)
    assert proxy.seen[0] == f"GET {server.url}/api/courses/1/"
    assert server.requests and server.requests[0].path == "/api/courses/1/"


@pytest.mark.parametrize("twin", TWINS)
async def test_https_proxy_tunnels_and_ssl_cert_file_is_trusted(
    twin: str,
    tls_server: ScriptedServer,
    proxy: ForwardProxy,
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_environment(monkeypatch, HTTPS_PROXY=proxy.url, SSL_CERT_FILE=str(certificate.cert))
    tls_server.default = reply(200, COURSE)
    await call(twin, tls_server)
    assert proxy.seen == [f"CONNECT 127.0.0.1:{tls_server.port}"]
    assert len(tls_server.requests) == 1


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "*"])
async def test_no_proxy_bypasses_the_proxy(
    twin: str,
    no_proxy: str,
    server: ScriptedServer,
    proxy: ForwardProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=proxy.url, NO_PROXY=no_proxy)
    server.default = reply(200, COURSE)
    await call(twin, server)
    assert proxy.seen == []
    assert server.requests


@pytest.mark.parametrize("twin", TWINS)
async def test_retries_still_apply_through_a_proxy(
    twin: str, server: ScriptedServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=proxy.url)
    server.then(reply(503), reply(502))
    server.default = reply(200, COURSE)
    assert await call(twin, server) == 2
    assert len(proxy.seen) == len(server.requests) >= 3


@pytest.mark.parametrize("twin", TWINS)
async def test_the_proxy_argument_beats_the_environment(
    twin: str, server: ScriptedServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=closed_port())
    server.default = reply(200, COURSE)
    await call(twin, server, proxy=proxy.url)
    assert proxy.seen and proxy.seen[0].startswith("GET http://127.0.0.1")


@pytest.mark.parametrize("twin", TWINS)
async def test_proxy_none_connects_directly_whatever_the_environment_says(
    twin: str, server: ScriptedServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=proxy.url)
    server.default = reply(200, COURSE)
    await call(twin, server, proxy=None)
    assert (proxy.seen, len(server.requests) > 0) == ([], True)


async def test_a_derived_client_shares_the_proxied_pool(
    server: ScriptedServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=proxy.url)
    server.default = reply(200, COURSE)
    async with async_call(server) as ibl:
        set_environment(monkeypatch)  # the pool was made with the proxy; it keeps it
        await op.asyncio(client=ibl.with_options(timeout=5))
    assert len(proxy.seen) == 1


def test_a_transport_argument_connects_as_it_likes(
    server: ScriptedServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_environment(monkeypatch, HTTP_PROXY=proxy.url)
    server.default = reply(200, COURSE)
    with sync_call(server, transport=httpx.HTTPTransport()) as ibl:  # as httpx: no env proxy
        op.sync(client=ibl)
    assert proxy.seen == []


# verify: argument > SSL_CERT_FILE / SSL_CERT_DIR > certifi's bundle.


@pytest.mark.parametrize("twin", TWINS)
@pytest.mark.parametrize(
    ("variables", "verify", "trusted"),
    [
        pytest.param({}, "not given", False, id="default-certifi"),
        pytest.param({"SSL_CERT_FILE": "cert"}, "not given", True, id="SSL_CERT_FILE"),
        pytest.param({"SSL_CERT_DIR": "directory"}, "not given", True, id="SSL_CERT_DIR"),
        pytest.param({}, "cert", True, id="argument-file"),
        pytest.param({}, "directory", True, id="argument-directory"),
        pytest.param({}, "context", True, id="argument-context"),
        pytest.param({}, False, True, id="argument-false"),
        pytest.param({"SSL_CERT_FILE": "cert"}, True, False, id="argument-true-beats-variable"),
        pytest.param({"SSL_CERT_FILE": "/nonexistent"}, "cert", True, id="argument-beats-bad"),
    ],
)
async def test_verify(
    twin: str,
    variables: dict[str, str],
    verify: Any,
    trusted: bool,
    tls_server: ScriptedServer,
    certificate: Certificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = {"cert": str(certificate.cert), "directory": str(certificate.directory)}
    set_environment(monkeypatch, **{k: paths.get(v, v) for k, v in variables.items()})
    options: dict[str, Any] = {}
    if verify == "context":
        options["verify"] = ssl.create_default_context(cafile=certificate.cert)
    elif verify != "not given":
        options["verify"] = paths.get(verify, verify)
    tls_server.default = reply(200, COURSE)
    if trusted:
        await call(twin, tls_server, **options)
    else:
        with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await call(twin, tls_server, **options)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"verify": "/nonexistent/ca.pem"}, r"^verify: cannot load CA certificates"),
        ({"verify": 3}, r"^verify: expected True, False"),
        ({"proxy": "ftp://proxy.example"}, r"^proxy: not a usable proxy URL"),
        ({"proxy": "http://p.example", "transport": httpx.HTTPTransport()}, r"^proxy: not used"),
        ({"verify": False, "http_client": httpx.Client()}, r"^verify: not used with http_client"),
        ({"transport": httpx.HTTPTransport(), "http_client": httpx.Client()}, r"^transport: "),
    ],
)
def test_bad_pool_options_fail_at_construction(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Client(api_key="k", **options)


def test_a_proxy_url_with_a_password_is_not_shown() -> None:
    with pytest.raises(ConfigurationError) as info:
        Client(api_key="k", proxy="ftp://user:s3cret@proxy.example")
    assert "s3cret" not in str(info.value)


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_a_proxy_users_credentials_reach_the_proxy(
    server: ScriptedServer, backend: str
) -> None:
    # The scripted server stands in for a plain-HTTP proxy: it sees the proxy's request head.
    proxy_url = server.url.replace("://", "://user:s%3Acret@", 1)
    async with AsyncClient(
        api_key="k", base_url="http://api.invalid", proxy=proxy_url, backend=backend
    ) as ibl:
        await ibl.request("GET", "/api/a/")
    expected = "Basic " + base64.b64encode(b"user:s:cret").decode("ascii")
    assert server.requests[0].headers.get("proxy-authorization") == expected
