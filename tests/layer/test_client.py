"""The clients' base classes (ibl_client/_client.py): what a call leaves behind (its log line,
its validation error, its response) and what a client shows of itself; on real sockets.

The options' precedence is tested in test_precedence.py, their values in test_config.py,
``request()`` in test_raw_request.py, ``stream()`` in test_streaming.py, pickling in
test_processes.py.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from support.clients import SECRET, client, sync_on

from ibl_client import (
    APIConnectionError,
    AsyncClient,
    Client,
    ClientClosedError,
    ConfigurationError,
)

from . import fake_operation
from .server import RESET, ScriptedServer, reply


async def test_the_request_s_and_the_response_s_log_lines_name_the_operation(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.then(reply(200, fake_operation.COURSE))
    caplog.set_level(logging.DEBUG, logger="ibl_client")
    async with client(server, debug=True) as ibl:
        await fake_operation.asyncio(client=ibl, course_id=7)
    lines = [r.getMessage() for r in caplog.records]
    sent = f"{fake_operation.OPERATION_ID}: GET {server.url}/api/courses/7/"
    assert sent in lines
    answered = [line for line in lines if line.startswith(f"{sent} -> 200 ")]
    assert len(answered) == 1


async def test_a_transport_sees_which_operation_each_request_is_for(
    server: ScriptedServer,
) -> None:
    seen: list[object] = []

    async def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("ibl_operation_id"))
        return httpx.Response(200, json=fake_operation.COURSE)

    async with client(server, transport=httpx.MockTransport(record)) as ibl:
        await fake_operation.asyncio(client=ibl)
        await ibl.request("GET", "/api/not/described/")
    assert seen == [fake_operation.OPERATION_ID, "request"]


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_extras_reach_the_request(kind: str, server: ScriptedServer) -> None:
    server.then(reply(200, fake_operation.COURSE))
    operation = fake_operation._operation("POST")
    kwargs = fake_operation._get_kwargs(7, {"name": "Optics"}, {"page": 2})
    extras: dict[str, Any] = {
        "extra_query": {"trace": "on"},
        "extra_headers": {"X-Extra": "yes"},
        "extra_body": {"draft": True},
    }
    if kind == "sync":
        with sync_on(server) as sync_ibl:
            sync_ibl._send(operation, kwargs, **extras)
    else:
        async with client(server) as ibl:
            await ibl._send(operation, kwargs, **extras)
    (seen,) = server.requests
    assert seen.path == "/api/courses/7/?page=2&trace=on"
    assert seen.headers["x-extra"] == "yes"
    assert json.loads(seen.body) == {"name": "Optics", "draft": True}


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_call_on_a_closed_client_is_refused_naming_its_operation(
    kind: str, server: ScriptedServer
) -> None:
    with pytest.raises(ClientClosedError) as caught:
        if kind == "sync":
            with sync_on(server) as sync_ibl:
                pass
            fake_operation.sync(client=sync_ibl)
        else:
            async with client(server) as ibl:
                pass
            await fake_operation.asyncio(client=ibl)
    assert caught.value.operation_id == fake_operation.OPERATION_ID
    assert server.requests == []


async def test_a_value_httpx_cannot_send_is_a_configuration_error_naming_the_call(
    server: ScriptedServer,
) -> None:
    async with client(server) as ibl:
        with pytest.raises(ConfigurationError) as caught:
            await ibl.request("POST", "/api/x/", json={"when": object()})  # json cannot encode it
    message = str(caught.value)
    assert message.startswith("request: a value of this call cannot be sent (TypeError: ")
    assert server.requests == []


async def test_a_body_that_does_not_fit_after_a_retry_says_how_many_retries(
    server: ScriptedServer,
) -> None:
    server.then(reply(503, {}), reply(200, {"id": "seven", "name": "Optics"}))
    async with client(server, max_retries=1) as ibl:
        response = await fake_operation.asyncio_detailed(client=ibl)
    assert response.parsed is None and response.retries == 1
    error = response.validation_error
    assert error is not None
    assert (error.operation_id, error.retries) == (fake_operation.OPERATION_ID, 1)


async def test_a_client_shows_its_class_and_configuration_but_not_its_credential(
    server: ScriptedServer,
) -> None:
    async with client(server) as ibl:
        shown = repr(ibl)
    with sync_on(server) as sync_ibl:
        sync_shown = repr(sync_ibl)
    assert shown.startswith("AsyncClient(") and sync_shown.startswith("Client(")
    for text in (shown, sync_shown):
        assert server.url in text
        assert SECRET not in text


@pytest.mark.parametrize("make", [AsyncClient, Client])
def test_connections_made_beside_the_pool_take_the_client_s_proxy(
    make: type[AsyncClient | Client],
) -> None:
    """The chat's WebSocket and a presigned upload connect beside the pool, with the routes the
    client's pool was built with; a derived client (same pool) finds them too."""
    proxy = "http://127.0.0.1:3128"  # never connected to: only where requests would go
    ibl = make(api_key=SECRET, base_url="http://127.0.0.1:9", proxy=proxy)
    derived = ibl.with_options(timeout=5)
    for settings in (ibl._pool_settings, derived._pool_settings):
        route = settings.routes["all://"]
        assert route is not None and route.url == httpx.URL(proxy)


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_call_that_gets_no_answer_is_a_connection_error_naming_its_operation(
    kind: str, server: ScriptedServer
) -> None:
    server.then(RESET)
    with pytest.raises(APIConnectionError) as caught:
        if kind == "sync":
            with sync_on(server, max_retries=0) as sync_ibl:
                fake_operation.sync(client=sync_ibl)
        else:
            async with client(server, max_retries=0) as ibl:
                await fake_operation.asyncio(client=ibl)
    assert caught.value.operation_id == fake_operation.OPERATION_ID
    assert str(caught.value).startswith(f"{fake_operation.OPERATION_ID}: GET ")


@pytest.mark.parametrize("status", [200, 206, 300])
async def test_only_a_2xx_body_is_parsed(server: ScriptedServer, status: int) -> None:
    """A 3xx the client is given (300 is no redirect httpx follows) keeps its body unparsed, as
    any answer outside 2xx does."""
    server.then(reply(status, fake_operation.COURSE), reply(status, fake_operation.COURSE))
    parsed = (status < 300) and fake_operation.Course.from_dict(fake_operation.COURSE)
    async with client(server) as ibl:
        response = await fake_operation.asyncio_detailed(client=ibl)
    assert (response.status_code, response.parsed or False) == (status, parsed)
    with sync_on(server) as sync_ibl:
        response = fake_operation.sync_detailed(client=sync_ibl)
    assert (response.status_code, response.parsed or False) == (status, parsed)
