"""``client.request(...)``: any request through the client's auth, timeouts, retries, typed
errors and redaction, for what the SDK does not have yet; on real sockets."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from support.clients import client, sync_on

from ibl_client import (
    APITimeoutError,
    ConfigurationError,
    NotFoundError,
    ServerError,
)

from .conftest import SECRET
from .server import ScriptedServer, reply


async def test_returns_the_decoded_body_and_sends_what_it_is_given(
    server: ScriptedServer,
) -> None:
    server.then(reply(200, [{"id": 1}]))
    async with client(server, headers={"X-Tenant": "acme"}) as ibl:
        got = await ibl.request(
            "post",
            "/api/not/in/the/description/",
            params={"page": 2},
            json={"name": "x"},
            headers={"X-Trace": "t"},
        )
    assert got == [{"id": 1}]
    seen = server.requests[0]
    assert (seen.method, seen.path) == ("POST", "/api/not/in/the/description/?page=2")
    assert json.loads(seen.body) == {"name": "x"}
    assert seen.headers["authorization"] == f"Api-Token {SECRET}"
    assert (seen.headers["x-tenant"], seen.headers["x-trace"]) == ("acme", "t")


async def test_is_retried_like_any_operation(server: ScriptedServer) -> None:
    server.then(reply(503, {}), reply(503, {}), reply(200, {"ok": True}))
    async with client(server, max_retries=2) as ibl:
        assert await ibl.request("GET", "api/x/") == {"ok": True}
    assert len(server.requests) == 3


async def test_raises_typed_errors_without_secrets(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.then(reply(404, {"detail": "No such thing."}), reply(500, {}))
    caplog.set_level(logging.DEBUG, logger="ibl_client")
    async with client(server, max_retries=0, debug=True) as ibl:
        with pytest.raises(NotFoundError) as caught:
            await ibl.request("GET", "/api/x/", params={"token": SECRET})
        with pytest.raises(ServerError):
            await ibl.request("DELETE", "/api/x/")
    error = caught.value
    assert (error.status_code, error.body, error.operation_id) == (
        404,
        {"detail": "No such thing."},
        "request",
    )
    assert "No such thing." in str(error)
    assert SECRET not in str(error) and "token=REDACTED" in error.url
    assert SECRET not in caplog.text and "token=REDACTED" in caplog.text


async def test_per_call_timeout(server: ScriptedServer) -> None:
    server.then(reply(200, {}, delay=0.5), reply(200, {"late": True}, delay=0.3))
    async with client(server, max_retries=0) as ibl:
        with pytest.raises(APITimeoutError):
            await ibl.request("GET", "/api/slow/", timeout=0.1)
    async with client(server, max_retries=0, timeout=0.1) as ibl:
        assert await ibl.request("GET", "/api/slow/", timeout=None) == {"late": True}


async def test_never_sends_the_credential_to_another_host(server: ScriptedServer) -> None:
    async with client(server) as ibl:
        with pytest.raises(ConfigurationError, match="not under base_url"):
            await ibl.request("GET", "https://elsewhere.example/api/x/")
        server.then(reply(200, {"same": "host"}))
        assert await ibl.request("GET", f"{server.url}/api/x/") == {"same": "host"}
    assert [seen.path for seen in server.requests] == ["/api/x/"]


def test_the_sync_twin(server: ScriptedServer) -> None:
    server.then(reply(200, body=b"plain", headers={"Content-Type": "text/plain"}))
    with sync_on(server) as ibl:
        assert ibl.request("GET", "/api/health/") == "plain"


#: request() calls with every kind of argument: (method, path, arguments).
CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("post", "/api/json/", {"params": {"page": 2}, "json": {"name": "x"}, "headers": {"X-T": "t"}}),
    ("POST", "/api/form/", {"data": {"name": "x"}}),
    ("POST", "/api/upload/", {"files": {"report": ("r.csv", b"a,b\n")}}),
    ("PUT", "/api/raw/", {"content": b"\x00raw"}),
    ("GET", "/api/slow/", {"timeout": 7.5}),
]


async def send_all(kind: str, *, server: ScriptedServer, **options: Any) -> list[Any]:
    """What ``request()`` answers to each of CALLS, from a client of ``kind`` (async, sync)."""
    if kind == "sync":
        with sync_on(server, **options) as sync_ibl:
            return [sync_ibl.request(method, path, **kw) for method, path, kw in CALLS]
    async with client(server, **options) as ibl:
        return [await ibl.request(method, path, **kw) for method, path, kw in CALLS]


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_sends_each_kind_of_argument_as_given(kind: str, server: ScriptedServer) -> None:
    server.default = reply(200, {"ok": True})
    assert await send_all(kind, server=server) == [{"ok": True}] * len(CALLS)
    with_json, form, upload, raw, _ = server.requests
    assert (with_json.method, with_json.path) == ("POST", "/api/json/?page=2")
    assert json.loads(with_json.body) == {"name": "x"} and with_json.headers["x-t"] == "t"
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form.body == b"name=x"
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="report"; filename="r.csv"' in upload.body and b"a,b\n" in upload.body
    assert raw.body == b"\x00raw"


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_call_s_timeout_is_each_of_its_attempt_s_timeouts(
    kind: str, server: ScriptedServer
) -> None:
    timeouts: list[object] = []

    def record(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json={})

    async def record_async(request: httpx.Request) -> httpx.Response:
        return record(request)

    transport = httpx.MockTransport(record if kind == "sync" else record_async)
    await send_all(kind, server=server, transport=transport, timeout=3)
    given = dict.fromkeys(("connect", "read", "write", "pool"), 7.5)
    client_s = dict.fromkeys(("connect", "read", "write", "pool"), 3)
    assert timeouts == [client_s] * (len(CALLS) - 1) + [given]
