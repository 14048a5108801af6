"""RetryPolicy.deadline: a whole call, its set-up, attempts and waits together, within a bound.

Time is the retry layer's injected clock (``clock``, conftest.FakeClock): it moves only when a
wait is slept or a test advances it, so each test asserts the waits taken and the timeouts each
attempt was given, never how long anything took.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import Any

import attrs
import httpx
import pytest

from ibl_client import (
    APITimeoutError,
    AsyncClient,
    Client,
    ConfigurationError,
    RetryPolicy,
    RetryTransport,
    ServerError,
)

from . import fake_operation as op
from .conftest import FakeClock
from .server import HANG, ScriptedServer, reply

TWINS = ["sync", "async"]
PHASES = ("connect", "read", "write", "pool")
# Many retries, waits of 1/8 s (exact in binary, so the fake clock adds up exactly).
KEEP_TRYING = RetryPolicy(max_retries=100, wait_initial=0.125, wait_jitter=0, wait_exp_base=1)


async def call(twin: str, base_url: str, **options: Any) -> None:
    """One call of the fake operation through a fresh client."""
    if "auth" not in options:
        options["api_key"] = "k"
    if twin == "sync":
        with Client(base_url=base_url, **options) as ibl:
            op.sync(client=ibl)
    else:
        async with AsyncClient(base_url=base_url, **options) as ibl:
            await op.asyncio(client=ibl)


class Attempts:
    """Transports (sync and async) that record each attempt's timeouts as the inner transport
    reads them, after ``setup`` seconds of the fake clock (a first request's set-up: importing,
    opening the pool, connecting), then pass the request on, or time out (``inner`` None)."""

    def __init__(self, clock: FakeClock, setup: float = 0.0, inner: Any = None) -> None:
        self.clock, self.setup, self.inner = clock, setup, inner
        self.timeouts: list[dict[str, float | None]] = []

    def _attempt(self, request: httpx.Request) -> None:
        self.clock.advance(self.setup)
        timeouts = request.extensions["timeout"]
        self.timeouts.append({phase: timeouts.get(phase) for phase in PHASES})

    def sync(self) -> httpx.BaseTransport:
        attempts = self

        class Sync(httpx.BaseTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                attempts._attempt(request)
                if attempts.inner is None:
                    raise httpx.ReadTimeout("timed out", request=request)
                return attempts.inner.handle_request(request)  # type: ignore[no-any-return]

        return Sync()

    def async_(self) -> httpx.AsyncBaseTransport:
        attempts = self

        class Async(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                attempts._attempt(request)
                if attempts.inner is None:
                    raise httpx.ReadTimeout("timed out", request=request)
                return await attempts.inner.handle_async_request(request)  # type: ignore[no-any-return]

        return Async()

    def transport(self, twin: str) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
        return self.sync() if twin == "sync" else self.async_()


@pytest.mark.parametrize("twin", TWINS)
async def test_a_deadline_stops_retrying_a_failing_server(
    twin: str, server: ScriptedServer, clock: FakeClock
) -> None:
    server.default = reply(503, {"detail": "down"})
    policy = attrs.evolve(KEEP_TRYING, deadline=0.5)
    with pytest.raises(ServerError) as info:
        await call(twin, server.url, retry=policy)
    # Waits of 0.125 s while one still ends before the deadline: after three, 0.125 s is left,
    # and a wait as long as the time left is not slept.
    assert clock.sleeps == [0.125] * 3
    assert info.value.retries == 3
    assert len(server.requests) == 4


@pytest.mark.parametrize("twin", TWINS)
async def test_a_deadline_cuts_a_hanging_attempt_even_without_timeouts(
    twin: str, server: ScriptedServer, clock: FakeClock
) -> None:
    server.default = HANG
    inner = httpx.HTTPTransport() if twin == "sync" else httpx.AsyncHTTPTransport()
    attempts = Attempts(clock, inner=inner)
    policy = attrs.evolve(KEEP_TRYING, max_retries=0, deadline=0.4)
    with pytest.raises(APITimeoutError) as info:
        await call(twin, server.url, retry=policy, timeout=None, transport=attempts.transport(twin))
    assert attempts.timeouts == [dict.fromkeys(PHASES, 0.4)]  # no timeout given: the deadline's
    assert str(info.value).endswith("(deadline 0.4s)")


@pytest.mark.parametrize("twin", TWINS)
async def test_the_first_requests_set_up_counts_against_the_deadline(
    twin: str, clock: FakeClock
) -> None:
    attempts = Attempts(clock, setup=0.25)
    policy = attrs.evolve(KEEP_TRYING, max_retries=0, deadline=1.0)
    with pytest.raises(APITimeoutError, match=r"\(deadline 1s\)$"):
        await call(
            twin, "https://api.test", retry=policy, timeout=None, transport=attempts.transport(twin)
        )
    # The timeouts are read after the set-up: each phase gets what the deadline has left.
    assert attempts.timeouts == [dict.fromkeys(PHASES, 0.75)]


@pytest.mark.parametrize("twin", TWINS)
async def test_a_timeout_as_long_as_the_time_left_is_not_the_deadlines(
    twin: str, clock: FakeClock
) -> None:
    """The deadline cuts nothing here, so a timeout is the call's own, not the deadline's."""
    attempts = Attempts(clock)
    policy = attrs.evolve(KEEP_TRYING, max_retries=0, deadline=1.0)
    with pytest.raises(APITimeoutError) as info:
        await call(
            twin, "https://api.test", retry=policy, timeout=1.0, transport=attempts.transport(twin)
        )
    assert attempts.timeouts == [dict.fromkeys(PHASES, 1.0)]
    assert "deadline" not in str(info.value)


def test_a_retry_transport_under_any_client_cuts_timeouts_to_the_deadline(
    clock: FakeClock,
) -> None:
    """No SDK client noted when the call started: the deadline counts from the first attempt."""
    attempts = Attempts(clock, setup=0.25, inner=httpx.MockTransport(lambda r: httpx.Response(204)))
    transport = RetryTransport(attempts.sync(), RetryPolicy(deadline=2.0), sleep=clock.sleep)
    with httpx.Client(transport=transport, timeout=5.0) as http:
        assert http.get("https://api.test/x/").status_code == 204
    assert attempts.timeouts == [dict.fromkeys(PHASES, 1.75)]


class SlowAuth(httpx.Auth):
    """A credential that takes ``seconds`` of the fake clock to sign (a token fetched, say)."""

    def __init__(self, clock: FakeClock, seconds: float) -> None:
        self.clock, self.seconds = clock, seconds

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.clock.advance(self.seconds)
        request.headers["Authorization"] = "Token t"
        yield request


@pytest.mark.parametrize("twin", TWINS)
async def test_the_deadline_counts_from_the_start_of_the_call(twin: str, clock: FakeClock) -> None:
    attempts = Attempts(clock)
    policy = attrs.evolve(KEEP_TRYING, max_retries=0, deadline=1.0)
    with pytest.raises(APITimeoutError):
        await call(
            twin,
            "https://api.test",
            auth=SlowAuth(clock, 0.5),
            retry=policy,
            timeout=httpx.Timeout(2.0, connect=0.25),
            transport=attempts.transport(twin),
        )
    # Half the deadline went on signing, before the request reached the retry transport; a
    # phase whose own timeout is shorter than what is left keeps its own.
    assert attempts.timeouts == [{"connect": 0.25, "read": 0.5, "write": 0.5, "pool": 0.5}]


@pytest.mark.parametrize("twin", TWINS)
async def test_each_attempt_gets_the_time_left_after_the_waits(twin: str, clock: FakeClock) -> None:
    attempts = Attempts(clock, setup=0.125)
    policy = attrs.evolve(KEEP_TRYING, max_retries=2, deadline=1.0)
    with pytest.raises(APITimeoutError):
        await call(twin, "https://api.test", retry=policy, transport=attempts.transport(twin))
    # 1.0, less each attempt's 0.125 s of set-up and the 0.125 s wait before each retry.
    reads = [timeouts["read"] for timeouts in attempts.timeouts]
    assert reads == [0.875, 0.625, 0.375]
    assert clock.sleeps == [0.125, 0.125]


@pytest.mark.parametrize("twin", TWINS)
async def test_a_wait_the_deadline_cannot_hold_is_not_slept(
    twin: str, server: ScriptedServer, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    server.then(reply(503, headers={"Retry-After": "5"}))
    with caplog.at_level(logging.WARNING, logger="ibl_client"), pytest.raises(ServerError) as info:
        await call(twin, server.url, retry=RetryPolicy(deadline=1.0))
    assert clock.sleeps == []
    assert (info.value.retries, len(server.requests)) == (0, 1)
    (refusal,) = [r.getMessage() for r in caplog.records]
    assert refusal.endswith("status 503 (Retry-After 5.00s): the deadline of 1s leaves 1.00s")


async def test_retries_within_the_deadline_still_happen(
    server: ScriptedServer, clock: FakeClock
) -> None:
    server.then(reply(503), reply(502))
    server.default = reply(200, {"id": 1, "name": "ok"})
    policy = RetryPolicy(wait_initial=0.01, wait_jitter=0, deadline=5)
    await call("async", server.url, retry=policy)
    assert len(server.requests) == 3
    assert clock.sleeps == [0.01, 0.02]


def test_the_deadline_is_off_by_default_and_validated() -> None:
    assert RetryPolicy().deadline is None
    for bad in (0, -1, "5", True):
        with pytest.raises(ConfigurationError, match=r"^deadline: "):
            RetryPolicy(deadline=bad)  # type: ignore[arg-type]
