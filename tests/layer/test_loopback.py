"""The layer over real sockets: a scripted HTTP server on 127.0.0.1."""

from __future__ import annotations

import email.utils
import json
import socket
import time
from typing import Any

import httpx
import pytest
from support.clients import client, sync_on
from support.pools import transport_in_use

from ibl_client import (
    API_VERSION,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BearerAuth,
    Client,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
    UnprocessableEntityError,
    UserTokenAuth,
    __version__,
)

from . import fake_operation as op
from .conftest import SECRET, Sleeps, async_client
from .fake_operation import COURSE
from .server import RESET, ScriptedServer, reply


async def test_a_call_sends_credential_user_agent_and_parses(server: ScriptedServer) -> None:
    server.then(reply(200, COURSE))
    async with client(server, headers={"X-Tenant": "acme"}) as ibl:
        course = await op.asyncio(client=ibl, course_id=7)
    assert course == op.Course(7, "Optics")
    seen = server.requests[0]
    assert (seen.method, seen.path) == ("GET", "/api/courses/7/")
    assert seen.headers["authorization"] == f"Api-Token {SECRET}"
    assert seen.headers["user-agent"] == f"ibl-client/{__version__} (API {API_VERSION})"
    assert seen.headers["x-tenant"] == "acme"


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"auth_kind": "token"}, f"Token {SECRET}"),
        ({"auth_kind": "bearer"}, f"Bearer {SECRET}"),
        ({"auth": UserTokenAuth("u-tok")}, "Token u-tok"),
        ({"auth": BearerAuth("jwt")}, "Bearer jwt"),
    ],
)
async def test_auth_kinds(server: ScriptedServer, options: dict[str, Any], expected: str) -> None:
    async with client(server, **options) as ibl:
        await op.asyncio_detailed(client=ibl)
    assert server.requests[0].headers["authorization"] == expected


async def test_anonymous_calls_send_no_credential(server: ScriptedServer) -> None:
    async with client(server) as ibl:
        await op.asyncio_detailed(client=ibl.with_options(anonymous=True))
        await op.asyncio_detailed(client=ibl)
    assert "authorization" not in server.requests[0].headers
    assert server.requests[1].headers["authorization"] == f"Api-Token {SECRET}"


async def test_base_url_with_a_path_prefix(server: ScriptedServer) -> None:
    async with client(server, base_url=server.url + "/prefix/") as ibl:
        await op.asyncio_detailed(client=ibl, course_id=3)
    assert server.requests[0].path == "/prefix/api/courses/3/"


async def test_connection_reset_on_get_is_retried(server: ScriptedServer) -> None:
    server.then(RESET, reply(200, COURSE))
    async with client(server) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    assert (response.parsed, response.retries, len(server.requests)) == (
        op.Course(7, "Optics"),
        1,
        2,
    )


async def test_connection_reset_on_post_is_raised_not_retried(server: ScriptedServer) -> None:
    server.then(RESET, reply(200, COURSE))
    async with client(server) as ibl:
        with pytest.raises(APIConnectionError) as info:
            await op.asyncio(client=ibl, method="POST", body={"name": "x"})
    assert not isinstance(info.value, APITimeoutError)
    assert (len(server.requests), info.value.retries, info.value.method) == (1, 0, "POST")
    assert info.value.url == f"{server.url}/api/courses/1/"


async def test_post_answered_500_is_not_retried(server: ScriptedServer) -> None:
    server.default = reply(500, {"detail": "boom"})
    async with client(server) as ibl:
        with pytest.raises(ServerError) as info:
            await op.asyncio(client=ibl, method="POST", body={})
    assert len(server.requests) == 1
    assert (info.value.status_code, info.value.retries) == (500, 0)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
async def test_get_answered_503_is_retried_until_exhausted(
    server: ScriptedServer, backend: str
) -> None:
    server.default = reply(503)
    async with client(server, max_retries=2, backend=backend) as ibl:
        response = await op.asyncio_detailed(client=ibl)
        inner = transport_in_use(ibl)
        if backend == "httpx":
            assert inner._pool._requests == []  # the discarded 503s gave their connection back
            assert [c.is_idle() for c in inner._pool.connections] == [True]  # and it was reused
        else:
            assert len(inner._session.connector._conns) == 1  # one idle connection, reused
    assert (response.status_code, response.retries, len(server.requests)) == (503, 2, 3)


@pytest.mark.parametrize("form", ["seconds", "http-date"])
async def test_retry_after_from_a_real_server(
    server: ScriptedServer, sleeps: Sleeps, form: str
) -> None:
    value = "3" if form == "seconds" else email.utils.formatdate(time.time() + 20, usegmt=True)
    server.then(reply(429, headers={"Retry-After": value}), reply(200, COURSE))
    async with async_client(httpx.AsyncHTTPTransport(), sleeps, base_url=server.url) as ibl:
        course = await op.asyncio(client=ibl)
    assert course.id == 7
    assert len(sleeps) == 1
    assert sleeps[0] == 3.0 if form == "seconds" else 17 <= sleeps[0] <= 20


async def test_retry_after_above_ceiling_raises_rate_limit(
    server: ScriptedServer, sleeps: Sleeps
) -> None:
    server.then(reply(429, {"detail": "slow down"}, headers={"Retry-After": "600"}))
    policy = RetryPolicy(retry_after_ceiling=30)
    async with async_client(
        httpx.AsyncHTTPTransport(), sleeps, base_url=server.url, retry=policy
    ) as ibl:
        with pytest.raises(RateLimitError, match="slow down"):
            await op.asyncio(client=ibl)
    assert (sleeps, len(server.requests)) == ([], 1)


async def test_read_timeout(server: ScriptedServer) -> None:
    server.then(reply(200, COURSE, delay=1.0))
    async with client(server, timeout=0.2, max_retries=0) as ibl:
        with pytest.raises(APITimeoutError) as info:
            await op.asyncio(client=ibl)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert "timed out" in str(info.value)


async def test_per_call_timeout_overrides_the_client(server: ScriptedServer) -> None:
    server.then(reply(200, COURSE, delay=0.3), reply(200, COURSE, delay=0.3))
    async with client(server, timeout=0.1, max_retries=0) as ibl:
        course = await op.asyncio(client=ibl.with_options(timeout=5))
        assert course.id == 7
        with pytest.raises(APITimeoutError):
            await op.asyncio(client=ibl)


async def test_read_timeout_on_get_is_retried(server: ScriptedServer) -> None:
    server.then(reply(200, {}, delay=1.0), reply(200, COURSE))
    async with client(server, timeout=0.2, max_retries=1) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    assert (response.status_code, response.retries) == (200, 1)


async def test_refused_connection() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with client(f"http://127.0.0.1:{port}") as ibl:
        with pytest.raises(APIConnectionError) as info:
            await op.asyncio(client=ibl, method="POST", body={})
    assert info.value.retries == 2  # a POST is retried: the request never left
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_malformed_json_is_a_validation_error_with_the_raw_body(
    server: ScriptedServer,
) -> None:
    server.then(reply(200, body=b'{"id": 7, "name": '))
    async with client(server) as ibl:
        with pytest.raises(ResponseValidationError) as info:
            await op.asyncio(client=ibl)
    error = info.value
    assert (error.status_code, error.content) == (200, b'{"id": 7, "name": ')
    assert error.operation_id == op.OPERATION_ID
    assert isinstance(error.error, json.JSONDecodeError)
    assert error.__cause__ is error.error


async def test_missing_required_field_is_a_validation_error(server: ScriptedServer) -> None:
    server.then(reply(201, {"id": 7}))
    async with client(server) as ibl:
        with pytest.raises(ResponseValidationError, match="courses_retrieve") as info:
            await op.asyncio(client=ibl, method="POST", body={})
    assert isinstance(info.value.error, KeyError)
    assert json.loads(info.value.content) == {"id": 7}


@pytest.mark.parametrize("backend", ["aiohttp", "httpx"])
async def test_a_validation_error_after_a_redirect_names_the_request_that_was_answered(
    server: ScriptedServer, backend: str
) -> None:
    """A 303 turns the POST into a GET to another URL: the body that does not fit is that
    GET's answer, so the error names it (it named the POST's method with the GET's URL)."""
    server.then(reply(303, headers={"Location": "/api/elsewhere/"}), reply(200, {"id": 7}))
    async with client(server, backend=backend) as ibl:
        with pytest.raises(ResponseValidationError) as info:
            await op.asyncio(client=ibl, method="POST", body={})
    assert (info.value.method, info.value.url) == ("GET", f"{server.url}/api/elsewhere/")
    assert f"GET {server.url}/api/elsewhere/" in str(info.value)


async def test_every_failed_request_is_an_api_error(server: ScriptedServer) -> None:
    """One except clause for any failure of a call: no answer, a bad body, a status >= 400."""
    server.then(reply(200, body=b"{"), reply(404, {"detail": "no"}))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with (
        client(server) as ibl,
        client(f"http://127.0.0.1:{port}") as away,
    ):
        errors: list[APIError] = []
        for caller, method in ((ibl, "GET"), (ibl, "GET"), (away, "POST")):
            with pytest.raises(APIError) as info:
                await op.asyncio(client=caller, method=method, body={})
            errors.append(info.value)
    kinds = [type(e) for e in errors]
    assert kinds == [ResponseValidationError, NotFoundError, APIConnectionError]
    for error in errors:
        assert error.operation_id == op.OPERATION_ID
        assert error.method in ("GET", "POST") and error.url.startswith("http://127.0.0.1:")
        assert SECRET not in str(error)


async def test_no_content_unwraps_to_none(server: ScriptedServer) -> None:
    server.then(reply(204, body=b""))
    async with client(server) as ibl:
        assert await op.asyncio(client=ibl, method="DELETE") is None


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (418, APIStatusError),
    ],
)
async def test_status_errors_are_typed(
    server: ScriptedServer, code: int, cls: type[APIStatusError]
) -> None:
    server.default = reply(code, {"detail": "nope"}, headers={"X-Request-Id": "req-42"})
    async with client(server, max_retries=0) as ibl:
        detailed = await op.asyncio_detailed(client=ibl, course_id=9)
        assert (detailed.status_code, detailed.parsed) == (code, None)  # raw access, no raise
        with pytest.raises(APIStatusError) as info:
            await op.asyncio(client=ibl, course_id=9)
    error = info.value
    assert type(error) is cls
    assert (error.status_code, error.method, error.request_id) == (code, "GET", "req-42")
    assert error.url == f"{server.url}/api/courses/9/"
    assert (error.body, error.operation_id, error.retries) == (
        {"detail": "nope"},
        op.OPERATION_ID,
        0,
    )
    assert str(error).startswith(f"courses_retrieve: {code} ") and str(error).endswith(": nope")


async def test_a_non_json_error_body_is_kept_as_text(server: ScriptedServer) -> None:
    server.then(reply(404, body=b"<h1>Not here</h1>", headers={"Content-Type": "text/html"}))
    async with client(server) as ibl:
        with pytest.raises(NotFoundError) as info:
            await op.asyncio(client=ibl)
    assert info.value.body == "<h1>Not here</h1>"


async def test_credential_does_not_follow_a_redirect_to_another_origin(
    server: ScriptedServer, other_server: ScriptedServer
) -> None:
    server.then(reply(302, headers={"Location": f"{other_server.url}/landing"}))
    other_server.then(reply(200, COURSE))
    async with client(server) as ibl:
        course = await op.asyncio(client=ibl)
    assert course.id == 7
    assert server.requests[0].headers["authorization"] == f"Api-Token {SECRET}"
    assert other_server.requests[0].path == "/landing"
    assert "authorization" not in other_server.requests[0].headers


async def test_credential_does_follow_a_same_origin_redirect(server: ScriptedServer) -> None:
    server.then(reply(301, headers={"Location": "/api/courses/8/"}), reply(200, COURSE))
    async with client(server) as ibl:
        await op.asyncio(client=ibl)
    assert server.requests[1].path == "/api/courses/8/"
    assert server.requests[1].headers["authorization"] == f"Api-Token {SECRET}"


def test_sync_twin_over_real_sockets(server: ScriptedServer, other_server: ScriptedServer) -> None:
    server.then(RESET)
    server.default = reply(302, headers={"Location": f"{other_server.url}/x"})
    other_server.default = reply(404, {"detail": "gone"})
    with sync_on(server) as ibl:
        response = op.sync_detailed(client=ibl)
        with pytest.raises(NotFoundError, match="gone"):
            op.sync(client=ibl)
    assert (response.status_code, response.retries) == (404, 1)
    assert "authorization" not in other_server.requests[0].headers
    assert server.requests[1].headers["authorization"] == f"Api-Token {SECRET}"


def test_sync_read_timeout_and_validation_error(server: ScriptedServer) -> None:
    server.then(reply(200, COURSE, delay=1.0), reply(200, body=b"not json"))
    with Client(api_key=SECRET, base_url=server.url, timeout=0.2, max_retries=0) as ibl:
        with pytest.raises(APITimeoutError):
            op.sync(client=ibl)
        with pytest.raises(ResponseValidationError) as info:
            op.sync(client=ibl)
    assert info.value.content == b"not json"
