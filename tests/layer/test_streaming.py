"""Streamed answers (ibl_client/_streaming.py): bytes as they arrive, ``save`` to a file, the
same retries (before the first byte), typed errors and redaction as a call; on both async
backends and the sync client, against a real loopback server."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from support.clients import KINDS
from support.clients import client as async_client
from support.clients import sync_on as sync_client

from ibl_client import (
    APIConnectionError,
    AsyncStreamedResponse,
    Client,
    NotFoundError,
)
from ibl_client.generated.api.reports import reports_platforms_download_retrieve as report

from .conftest import SECRET
from .server import RESET, ScriptedServer, reply, truncated

#: A body several chunks long, each byte telling its position (a reordering would show).
BODY = bytes(i % 251 for i in range(3 * 65536 + 17))
CSV = {"Content-Type": "text/csv"}
BACKENDS = pytest.mark.parametrize("backend", ["httpx", "aiohttp"])


@contextlib.asynccontextmanager
async def opened(
    kind: str, server: ScriptedServer, call: dict[str, Any] | None = None, **options: Any
) -> AsyncIterator[tuple[Any, Callable[[], Awaitable[bytes]]]]:
    """The report's download streamed by a client of ``kind`` (a backend, "async" for the
    default one, or "sync") made with ``options``, the call given ``call``'s arguments too:
    the open answer, and a function that reads its whole body."""
    arguments = call or {}
    if kind == "sync":
        with (
            sync_client(server, **options) as ibl,
            ibl.stream(report.sync, "acme", "t1", **arguments) as answer,
        ):

            async def read() -> bytes:
                return b"".join(answer.iter_bytes())

            yield answer, read
        return
    backend = None if kind == "async" else kind
    async with (
        async_client(server, backend, **options) as async_ibl,
        async_ibl.stream(report.asyncio, "acme", "t1", **arguments) as async_answer,
    ):

        async def read_async() -> bytes:
            return b"".join([chunk async for chunk in async_answer.iter_bytes()])

        yield async_answer, read_async


@BACKENDS
async def test_the_body_arrives_in_chunks_and_is_saved(
    server: ScriptedServer, backend: str, tmp_path: Path
) -> None:
    server.then(reply(body=BODY, headers=CSV), reply(body=BODY, headers=CSV))
    async with async_client(server, backend) as ibl:
        stream = ibl.stream(ibl.reports.reports_platforms_download_retrieve, "acme", "t1")
        async with stream as answer:
            assert isinstance(answer, AsyncStreamedResponse)
            assert (answer.status_code, answer.content_type) == (200, "text/csv")
            assert answer.content_length == len(BODY)
            chunks = [chunk async for chunk in answer.iter_bytes(65536)]
        async with ibl.stream(report.asyncio, "acme", "t1", format_="csv") as answer:
            size = await answer.save(tmp_path / "report.csv")
    assert len(chunks) > 1 and b"".join(chunks) == BODY
    assert size == len(BODY) and (tmp_path / "report.csv").read_bytes() == BODY
    assert server.requests[1].path == "/api/reports/platforms/acme/t1/download?format=csv"
    assert server.requests[0].headers["authorization"] == f"Api-Token {SECRET}"


def test_sync_the_body_arrives_in_chunks_and_is_saved(
    server: ScriptedServer, tmp_path: Path
) -> None:
    server.then(reply(body=BODY, headers=CSV), reply(body=BODY, headers=CSV))
    with sync_client(server) as ibl:
        with ibl.stream(ibl.reports.reports_platforms_download_retrieve, "acme", "t1") as answer:
            chunks = list(answer.iter_bytes(65536))
        with ibl.stream(report.sync, "acme", "t1") as answer:
            size = answer.save(tmp_path / "report.csv")
    assert len(chunks) > 1 and b"".join(chunks) == BODY
    assert size == len(BODY) and (tmp_path / "report.csv").read_bytes() == BODY


@BACKENDS
async def test_a_retryable_status_is_retried_before_the_first_byte(
    server: ScriptedServer, backend: str, tmp_path: Path
) -> None:
    server.then(reply(503, {"detail": "busy"}), reply(body=BODY, headers=CSV))
    async with (
        async_client(server, backend) as ibl,
        ibl.stream(report.asyncio, "acme", "t1") as answer,
    ):
        await answer.save(tmp_path / "r.csv")
    assert len(server.requests) == 2
    assert (tmp_path / "r.csv").read_bytes() == BODY


def test_sync_a_retryable_status_is_retried_before_the_first_byte(
    server: ScriptedServer, tmp_path: Path
) -> None:
    server.then(reply(503, {"detail": "busy"}), reply(body=BODY, headers=CSV))
    with sync_client(server) as ibl, ibl.stream(report.sync, "acme", "t1") as answer:
        answer.save(tmp_path / "r.csv")
    assert len(server.requests) == 2
    assert (tmp_path / "r.csv").read_bytes() == BODY


@BACKENDS
async def test_an_error_status_is_its_typed_error_without_the_key(
    server: ScriptedServer, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.then(reply(404, {"detail": "no such task"}))
    caplog.set_level(logging.DEBUG)
    async with async_client(server, backend) as ibl:
        with pytest.raises(NotFoundError) as caught:
            async with ibl.stream(report.asyncio, "acme", "t1", extra_query={"token": SECRET}):
                pytest.fail("entered a 404")
    assert caught.value.operation_id == report.OPERATION.id
    assert "no such task" in str(caught.value.body)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in caplog.text


@BACKENDS
async def test_a_body_cut_short_is_a_connection_error_and_leaves_no_file(
    server: ScriptedServer, backend: str, tmp_path: Path
) -> None:
    server.then(truncated(BODY, CSV))
    target = tmp_path / "r.csv"
    async with async_client(server, backend) as ibl:
        with pytest.raises(APIConnectionError) as caught:
            async with ibl.stream(report.asyncio, "acme", "t1") as answer:
                await answer.save(target)
    assert caught.value.operation_id == report.OPERATION.id
    assert len(server.requests) == 1  # the body had started: not sent again
    assert os.listdir(tmp_path) == []


def test_sync_a_body_cut_short_is_a_connection_error_and_leaves_no_file(
    server: ScriptedServer, tmp_path: Path
) -> None:
    server.then(truncated(BODY, CSV))
    with (
        sync_client(server) as ibl,
        pytest.raises(APIConnectionError),
        ibl.stream(report.sync, "acme", "t1") as answer,
    ):
        answer.save(tmp_path / "r.csv")
    assert os.listdir(tmp_path) == []


def test_what_is_not_an_operation_is_refused_where_it_is_passed() -> None:
    with (
        Client(api_key=SECRET, base_url="http://127.0.0.1:9") as ibl,
        pytest.raises(TypeError, match="is not an operation"),
    ):
        ibl.stream(print, "x")


@pytest.mark.parametrize("kind", KINDS)
async def test_the_body_is_read_only_when_asked_for(kind: str, server: ScriptedServer) -> None:
    server.then(reply(body=BODY, headers=CSV))
    async with opened(kind, server) as (answer, read):
        assert not answer.http_response.is_stream_consumed  # the head only, so far
        assert answer.operation_id == report.OPERATION.id
        assert await read() == BODY


@pytest.mark.parametrize("kind", KINDS)
async def test_a_call_s_extras_go_with_the_streamed_request(
    kind: str, server: ScriptedServer
) -> None:
    server.then(reply(body=BODY, headers=CSV))
    extras = {"extra_headers": {"X-Extra": "yes"}, "extra_query": {"trace": "on"}}
    async with opened(kind, server, call=extras) as (_, read):
        await read()
    (seen,) = server.requests
    assert seen.headers["x-extra"] == "yes"
    assert seen.path == "/api/reports/platforms/acme/t1/download?trace=on"


@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_client_on_a_given_http_client_streams_with_its_credential(
    kind: str, server: ScriptedServer
) -> None:
    """The request is signed when it is sent (it is built by the http_client given, which
    knows no credential of ours)."""
    server.then(reply(body=BODY, headers=CSV))
    given = httpx.Client() if kind == "sync" else httpx.AsyncClient()
    async with opened(kind, server, http_client=given) as (_, read):
        await read()
    assert server.requests[0].headers["authorization"] == f"Api-Token {SECRET}"


@pytest.mark.parametrize("kind", KINDS)
async def test_a_stream_that_gets_no_answer_is_a_connection_error_naming_the_call(
    kind: str, server: ScriptedServer
) -> None:
    server.then(RESET)
    with pytest.raises(APIConnectionError) as caught:
        async with opened(kind, server, max_retries=0):
            pass
    error = caught.value
    assert (error.operation_id, error.method) == (report.OPERATION.id, "GET")
    assert error.url == f"{server.url}/api/reports/platforms/acme/t1/download"
    assert isinstance(error.__cause__, httpx.TransportError)
    assert f" failed ({type(error.__cause__).__name__}: " in str(error)
