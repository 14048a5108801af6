"""Hooks around each call (ibl_client/_hooks.py), against a real loopback server; time is the
retry layer's injected clock, so ``elapsed`` is asserted exactly."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ibl_client import (
    APIConnectionError,
    AsyncClient,
    CallEvent,
    Client,
    ConfigurationError,
    Hooks,
)
from ibl_client._transports import retry

from . import fake_operation as op
from .conftest import SECRET, FakeClock
from .server import RESET, ScriptedServer, reply

TWINS = ["sync", "async"]
BUSY = reply(503, {"detail": "busy"}, headers={"Retry-After": "2"})


class Recorder:
    """Hooks that record (hook name, event) in the order they run."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, CallEvent]] = []

    def hook(self, name: str) -> Any:
        def record(event: CallEvent) -> None:
            self.seen.append((name, event))

        return record

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=[self.hook("request")],
            on_retry=[self.hook("retry")],
            on_response=[self.hook("response")],
            on_error=[self.hook("error")],
        )

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.seen]


async def call(twin: str, server: ScriptedServer, hooks: Hooks, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"api_key": SECRET, "base_url": server.url, "hooks": hooks}
    if twin == "sync":
        with Client(**options) as ibl:
            return op.sync_detailed(client=ibl, **kwargs)
    async with AsyncClient(**options) as ibl:
        return await op.asyncio_detailed(client=ibl, **kwargs)


@pytest.mark.parametrize("twin", TWINS)
async def test_a_retried_call_fires_request_retry_response(
    twin: str, server: ScriptedServer, clock: FakeClock
) -> None:
    server.then(BUSY)
    recorder = Recorder()
    params = {"token": "query-secret", "page": 2}
    response = await call(twin, server, recorder.hooks(), params=params)
    assert response.status_code == 200
    assert recorder.names == ["request", "retry", "response"]
    request, retried, answered = (event for _, event in recorder.seen)
    assert {e.operation_id for _, e in recorder.seen} == {op.OPERATION_ID}
    assert (request.method, request.url_template) == ("GET", "/api/courses/{course_id}/")
    assert request.url == f"{server.url}/api/courses/1/?token=REDACTED&page=2"
    # attempt: retries taken so far; elapsed: the retry clock (the wait of 2 s it slept).
    assert (request.attempt, request.elapsed, request.status) == (0, 0.0, None)
    assert (retried.attempt, retried.status, retried.wait) == (1, 503, 2.0)
    assert retried.reason is not None and "503" in retried.reason
    assert (answered.attempt, answered.elapsed, answered.status) == (1, 2.0, 200)
    assert request.state is retried.state is answered.state  # one dict per call
    assert all(SECRET not in repr(event) for _, event in recorder.seen)
    assert all("query-secret" not in repr(event) for _, event in recorder.seen)


@pytest.mark.parametrize("twin", TWINS)
async def test_a_failed_call_fires_error_with_the_error_it_raises(
    twin: str, server: ScriptedServer, clock: FakeClock
) -> None:
    server.then(RESET)  # a POST that may have been sent is not retried
    recorder = Recorder()
    with pytest.raises(APIConnectionError) as raised:
        await call(twin, server, recorder.hooks(), method="POST")
    assert recorder.names == ["request", "error"]
    error = recorder.seen[1][1]
    assert error.error is raised.value and error.status is None


@pytest.mark.parametrize("twin", TWINS)
async def test_a_retry_after_an_error_carries_the_error(
    twin: str, server: ScriptedServer, clock: FakeClock
) -> None:
    server.then(RESET)  # a GET is retried after a connection lost
    recorder = Recorder()
    response = await call(twin, server, recorder.hooks())
    assert response.status_code == 200
    assert recorder.names == ["request", "retry", "response"]
    retried = recorder.seen[1][1]
    assert isinstance(retried.error, httpx.TransportError) and retried.status is None


async def test_an_async_client_awaits_coroutine_hooks(server: ScriptedServer) -> None:
    order: list[str] = []

    async def traced(event: CallEvent) -> None:
        order.append(f"{event.status}")

    def plain(event: CallEvent) -> None:
        order.append("plain")

    await call("async", server, Hooks(on_response=[traced, plain]))
    assert order == ["200", "plain"]


def test_a_sync_client_refuses_a_coroutine_hook(server: ScriptedServer) -> None:
    async def traced(event: CallEvent) -> None:
        raise AssertionError("never awaited")

    hooks = Hooks(on_request=[traced])
    refused = pytest.raises(ConfigurationError, match=r"^hooks: a sync Client")
    with Client(api_key=SECRET, base_url=server.url, hooks=hooks) as ibl, refused:
        op.sync(client=ibl)
    assert server.requests == []  # refused before anything was sent


def test_a_hook_that_raises_fails_the_call(server: ScriptedServer) -> None:
    def broken(event: CallEvent) -> None:
        raise RuntimeError("meter is down")

    hooks = Hooks(on_response=[broken])
    refused = pytest.raises(RuntimeError, match="meter is down")
    with Client(api_key=SECRET, base_url=server.url, hooks=hooks) as ibl, refused:
        op.sync(client=ibl)


def test_hooks_add_up_in_order() -> None:
    first, second = Hooks(on_request=[print]), Hooks(on_request=[repr], on_error=[str])
    both = first + second
    assert (both.on_request, both.on_error) == ((print, repr), (str,))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"on_request": [print]}, r"^hooks: expected an ibl_client.Hooks, got \{"),
        (Hooks, r"^hooks: expected an ibl_client.Hooks"),
    ],
)
def test_hooks_must_be_hooks(value: object, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Client(api_key="k", hooks=value)  # type: ignore[arg-type]


def test_a_hook_must_be_callable() -> None:
    with pytest.raises(ConfigurationError, match=r"^hooks: expected callables, got 'print'"):
        Hooks(on_response=["print"])  # type: ignore[list-item]


@pytest.mark.parametrize("twin", TWINS)
async def test_without_hooks_a_call_makes_no_call_record(
    twin: str, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Zero cost when none are set: no per-call object, nothing in the request's extensions."""
    from ibl_client import _client

    def refuse(*args: object) -> None:
        raise AssertionError("a Call was made for a client without hooks")

    monkeypatch.setattr(_client, "Call", refuse)
    monkeypatch.setattr(_client, "AsyncCall", refuse)
    response = await call(twin, server, None)  # type: ignore[arg-type]
    assert response.status_code == 200
    assert retry.CALL_EXTENSION not in response.http_response.request.extensions
