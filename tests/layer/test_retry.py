"""Retry rules, against httpx.MockTransport with recorded (not real) sleeps."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from ibl_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncRetryTransport,
    ConfigurationError,
    RateLimitError,
    RetryPolicy,
    RetryTransport,
    ServerError,
)
from ibl_client._transports import retry

from . import fake_operation as op
from .conftest import Sleeps, async_client, sync_client

NO_JITTER = RetryPolicy(wait_initial=1.0, wait_jitter=0.0, wait_exp_base=2.0, wait_max=3.0)
OK = {"id": 1, "name": "Physics"}


def script(*answers: httpx.Response | Exception) -> tuple[httpx.MockTransport, list[object]]:
    """A transport answering with ``answers`` in turn (the last one repeats); logs each answer."""
    given: list[object] = []
    queue: Iterator[httpx.Response | Exception] = iter(answers)
    last: list[httpx.Response | Exception] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(queue, None) or last[0]
        last[:] = [answer]
        if isinstance(answer, Exception):
            given.append(answer)
            raise answer
        fresh = httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)
        given.append(fresh)
        return fresh

    return httpx.MockTransport(handler), given


def status(code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(code, headers=headers, json={"detail": f"status {code}"})


ok = httpx.Response(200, json=OK)


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
async def test_idempotent_methods_retry_408_429_and_5xx(
    method: str, code: int, sleeps: Sleeps
) -> None:
    transport, given = script(status(code), ok)
    async with async_client(transport, sleeps, retry=NO_JITTER) as ibl:
        response = await op.asyncio_detailed(client=ibl, method=method)
    assert (response.status_code, response.retries, len(given)) == (200, 1, 2)
    assert response.http_response.extensions["ibl_retries"] == 1
    assert sleeps == [1.0]


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
def test_the_sync_client_retries_the_same_statuses(code: int, sleeps: Sleeps) -> None:
    transport, given = script(status(code), ok)
    with sync_client(transport, sleeps, retry=NO_JITTER) as ibl:
        response = op.sync_detailed(client=ibl)
    assert (response.status_code, response.retries, len(given), sleeps) == (200, 1, 2, [1.0])


@pytest.mark.parametrize("code", [400, 401, 403, 404, 407, 409, 422])
async def test_client_errors_are_not_retried(code: int, sleeps: Sleeps) -> None:
    transport, given = script(status(code), ok)
    async with async_client(transport, sleeps) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    assert (response.status_code, response.retries, len(given)) == (code, 0, 1)
    transport, given = script(status(code), ok)
    with sync_client(transport, sleeps) as sync_ibl:
        response = op.sync_detailed(client=sync_ibl)
    assert (response.status_code, response.retries, len(given)) == (code, 0, 1)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
async def test_post_and_patch_are_not_retried_on_status_without_retry_after(
    method: str, code: int, sleeps: Sleeps
) -> None:
    transport, given = script(status(code), ok)
    async with async_client(transport, sleeps) as ibl:
        response = await op.asyncio_detailed(client=ibl, method=method, body={"x": 1})
    assert (response.status_code, len(given), sleeps) == (code, 1, [])


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("code", [429, 503])
async def test_post_and_patch_retry_429_and_503_when_the_server_says_when(
    method: str, code: int, sleeps: Sleeps
) -> None:
    transport, given = script(status(code, {"Retry-After": "2"}), ok)
    async with async_client(transport, sleeps) as ibl:
        response = await op.asyncio_detailed(client=ibl, method=method, body={"x": 1})
    assert (response.status_code, response.retries, sleeps, len(given)) == (200, 1, [2.0], 2)


async def test_post_500_with_retry_after_is_still_not_retried(sleeps: Sleeps) -> None:
    transport, given = script(status(500, {"Retry-After": "1"}), ok)
    async with async_client(transport, sleeps) as ibl:
        with pytest.raises(ServerError):
            await op.asyncio(client=ibl, method="POST", body={})
    assert len(given) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_post_is_retried_when_the_request_never_left(
    error: type[httpx.TransportError], sleeps: Sleeps
) -> None:
    transport, given = script(error("not sent"), ok)
    async with async_client(transport, sleeps, retry=NO_JITTER) as ibl:
        course = await op.asyncio(client=ibl, method="POST", body={})
    assert course == op.Course(1, "Physics")
    assert len(given) == 2


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (httpx.ReadError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
    ],
)
async def test_post_is_not_retried_once_the_request_may_have_arrived(
    error: type[httpx.TransportError], raised: type[Exception], sleeps: Sleeps
) -> None:
    transport, given = script(error("maybe sent"), ok)
    async with async_client(transport, sleeps) as ibl:
        with pytest.raises(raised) as info:
            await op.asyncio(client=ibl, method="POST", body={})
    assert type(info.value) is raised
    assert (len(given), info.value.retries) == (1, 0)  # type: ignore[attr-defined]


@pytest.mark.parametrize("error", [httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError])
async def test_get_is_retried_after_network_errors_and_timeouts(
    error: type[httpx.TransportError], sleeps: Sleeps
) -> None:
    transport, given = script(error("flaky"), ok)
    async with async_client(transport, sleeps) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    assert (response.status_code, response.retries, len(given)) == (200, 1, 2)


async def test_backoff_is_exponential_and_capped(sleeps: Sleeps) -> None:
    transport, given = script(status(503))
    policy = RetryPolicy(
        max_retries=4, wait_initial=1.0, wait_jitter=0, wait_exp_base=2.0, wait_max=3.0
    )
    async with async_client(transport, sleeps, retry=policy) as ibl:
        with pytest.raises(ServerError) as info:
            await op.asyncio(client=ibl)
    assert sleeps == [1.0, 2.0, 3.0, 3.0]
    assert (len(given), info.value.retries) == (5, 4)
    assert "after 4 retries" in str(info.value)


def test_jitter_stays_within_its_bound() -> None:
    policy = RetryPolicy(wait_initial=1.0, wait_jitter=0.5, wait_max=100)
    waits = {policy.backoff(1) for _ in range(200)}
    assert all(2.0 <= w <= 2.5 for w in waits)
    assert len(waits) > 1  # really random


def test_backoff_does_not_overflow_for_any_retry_number() -> None:
    policy = RetryPolicy(max_retries=5000, wait_jitter=0.0, wait_max=8.0)
    assert [policy.backoff(n) for n in (0, 1, 1100, 10**6)] == [0.5, 1.0, 8.0, 8.0]
    assert RetryPolicy(wait_exp_base=3, wait_jitter=0.0).backoff(5000) == 8.0  # int ** int
    assert RetryPolicy(wait_initial=0, wait_jitter=0.0).backoff(5000) == 0.0


async def test_an_error_without_a_message_still_reads_well(sleeps: Sleeps) -> None:
    transport, _ = script(httpx.ReadTimeout(""))
    async with async_client(transport, sleeps, max_retries=1) as ibl:
        with pytest.raises(APITimeoutError) as info:
            await op.asyncio(client=ibl)
    assert str(info.value).endswith("timed out (ReadTimeout: no detail) after 1 retries")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "0.25"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250"}, 0.25),  # under a second, not rounded up
        ({"Retry-After": email.utils.formatdate(0, usegmt=True)}, 0.0),  # a date gone by
        ({"retry-after-ms": "1500", "Retry-After": "9"}, 1.5),  # the precise one wins
    ],
)
async def test_retry_after_in_seconds_and_milliseconds(
    headers: dict[str, str], expected: float, sleeps: Sleeps
) -> None:
    transport, _ = script(status(429, headers), ok)
    async with async_client(transport, sleeps, retry=NO_JITTER) as ibl:
        assert (await op.asyncio_detailed(client=ibl)).retries == 1
    assert sleeps == [expected]


async def test_retry_after_as_an_http_date(sleeps: Sleeps) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    transport, _ = script(status(503, {"Retry-After": when}), ok)
    async with async_client(transport, sleeps, retry=NO_JITTER) as ibl:
        assert (await op.asyncio_detailed(client=ibl)).status_code == 200
    assert len(sleeps) == 1 and 27 <= sleeps[0] <= 30


async def test_a_wait_above_the_ceiling_is_not_slept_but_raised(
    sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    transport, given = script(status(429, {"Retry-After": "3600"}), ok)
    policy = RetryPolicy(retry_after_ceiling=60)
    with caplog.at_level(logging.WARNING, logger="ibl_client"):
        async with async_client(transport, sleeps, retry=policy) as ibl:
            with pytest.raises(RateLimitError) as info:
                await op.asyncio(client=ibl)
    assert (sleeps, len(given)) == ([], 1)
    assert info.value.headers["retry-after"] == "3600"
    assert "above retry_after_ceiling" in caplog.text


async def test_a_wait_at_the_ceiling_is_slept(sleeps: Sleeps) -> None:
    transport, given = script(status(429, {"Retry-After": "60"}), ok)
    async with async_client(transport, sleeps, retry=RetryPolicy(retry_after_ceiling=60)) as ibl:
        await op.asyncio(client=ibl)
    assert (sleeps, len(given)) == ([60.0], 2)


def test_a_retry_transport_without_a_policy_retries_by_the_default_one(sleeps: Sleeps) -> None:
    """Under any httpx client, with no SDK request (no policy in the request's extensions)."""
    inner, given = script(status(503), status(503), status(503), ok)
    with httpx.Client(transport=RetryTransport(inner, sleep=sleeps)) as http:
        assert http.get("https://api.test/x/").status_code == 503
    assert len(given) == 1 + RetryPolicy().max_retries
    assert len(sleeps) == RetryPolicy().max_retries


async def test_a_retry_after_an_error_is_logged_with_its_name(
    sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    transport, _ = script(httpx.ReadTimeout("slow"), ok)
    with caplog.at_level(logging.INFO, logger="ibl_client"):
        async with async_client(transport, sleeps) as ibl:
            await op.asyncio(client=ibl)
    (retry,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert "ReadTimeout" in retry


async def test_zero_max_retries_disables_retrying(sleeps: Sleeps) -> None:
    transport, given = script(status(503), ok)
    async with async_client(transport, sleeps, max_retries=0) as ibl:
        response = await op.asyncio_detailed(client=ibl)
    assert (response.status_code, len(given), sleeps) == (503, 1, [])


async def test_exhausted_connection_errors_carry_the_retry_count(sleeps: Sleeps) -> None:
    transport, given = script(httpx.ConnectError("refused"))
    async with async_client(transport, sleeps, max_retries=3) as ibl:
        with pytest.raises(APIConnectionError) as info:
            await op.asyncio(client=ibl)
    assert (len(given), info.value.retries) == (4, 3)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


class Body(httpx.AsyncByteStream, httpx.SyncByteStream):
    """A response body that records whether it was closed (a pooled connection's release)."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"id": 1, "name": "x"}'

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"id": 1, "name": "x"}'

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


async def test_discarded_responses_are_closed(sleeps: Sleeps) -> None:
    bodies = [Body(), Body(), Body()]
    answers = iter([502, 503, 200])
    transport = httpx.MockTransport(lambda r: httpx.Response(next(answers), stream=bodies.pop(0)))
    kept = list(bodies)
    async with async_client(transport, sleeps) as ibl:
        await op.asyncio_detailed(client=ibl)
    assert [b.closed for b in kept] == [True, True, True]  # the last one by httpx after reading


def test_discarded_responses_are_closed_sync(sleeps: Sleeps) -> None:
    bodies = [Body(), Body()]
    kept = list(bodies)
    answers = iter([502, 200])
    transport = httpx.MockTransport(lambda r: httpx.Response(next(answers), stream=bodies.pop(0)))
    with sync_client(transport, sleeps) as ibl:
        assert op.sync_detailed(client=ibl).retries == 1
    assert [b.closed for b in kept] == [True, True]


async def test_each_retry_is_logged(sleeps: Sleeps, caplog: pytest.LogCaptureFixture) -> None:
    transport, _ = script(status(503), status(503), ok)
    with caplog.at_level(logging.INFO, logger="ibl_client"):
        async with async_client(transport, sleeps) as ibl:
            await op.asyncio(client=ibl)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert len(retries) == 2
    assert "retry 1 of 2" in retries[0] and "status 503" in retries[0]


async def test_derived_options_do_not_leak_between_concurrent_tasks(sleeps: Sleeps) -> None:
    seen: list[tuple[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers.get("x-who", ""), request.extensions["timeout"]["read"]))
        return httpx.Response(503)

    async with async_client(httpx.MockTransport(handler), sleeps, max_retries=2) as ibl:
        fast = ibl.with_options(max_retries=0, timeout=1.5, headers={"x-who": "fast"})
        slow, quick = await asyncio.gather(
            op.asyncio_detailed(client=ibl), op.asyncio_detailed(client=fast)
        )
        again = await op.asyncio_detailed(client=ibl)
    assert (slow.retries, quick.retries, again.retries) == (2, 0, 2)
    assert sorted(set(seen)) == [("", 60.0), ("fast", 1.5)]
    assert seen.count(("fast", 1.5)) == 1


def test_sync_twin_retries_and_records_sleeps(sleeps: Sleeps) -> None:
    transport, given = script(status(503, {"Retry-After": "4"}), httpx.ConnectError("x"), ok)
    with sync_client(transport, sleeps, retry=NO_JITTER) as ibl:
        response = op.sync_detailed(client=ibl)
    assert (response.parsed, response.retries, sleeps) == (op.Course(1, "Physics"), 2, [4.0, 2.0])
    assert len(given) == 3


def test_sync_twin_does_not_retry_post_500(sleeps: Sleeps) -> None:
    transport, given = script(status(500), ok)
    with sync_client(transport, sleeps) as ibl, pytest.raises(ServerError):
        op.sync(client=ibl, method="POST", body={})
    assert len(given) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("max_retries", -1),
        ("max_retries", 1.5),
        ("max_retries", True),
        ("wait_initial", -0.1),
        ("wait_initial", True),
        ("wait_max", "8"),
        ("wait_jitter", -1),
        ("wait_exp_base", 0.5),
        ("wait_exp_base", "2"),
        ("wait_exp_base", True),
        ("retry_after_ceiling", -1),
        ("deadline", "5"),
        ("rate_gate", 1),
    ],
)
def test_a_refused_policy_value_is_named_with_its_field(field: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=rf"^{field}: .*, got {re.escape(repr(value))}$"):
        RetryPolicy(**{field: value})  # type: ignore[arg-type]


def test_each_bound_of_a_policy_is_allowed() -> None:
    policy = RetryPolicy(
        max_retries=0, wait_initial=0, wait_max=0, wait_jitter=0, wait_exp_base=1,
        retry_after_ceiling=0, deadline=0.001, rate_gate=False,
    )  # fmt: skip
    assert (policy.backoff(0), policy.backoff(5)) == (0.0, 0.0)


@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_the_retries_taken_are_on_every_response(twin: str, sleeps: Sleeps) -> None:
    """Under any httpx client: 0 on an answer that needed no retry, not an absent count."""
    counts = []
    for answers in ([ok], [status(503), ok]):
        inner, _ = script(*answers)
        request = httpx.Request("GET", "https://api.test/x/")
        if twin == "sync":
            response = RetryTransport(inner, sleep=sleeps).handle_request(request)
        else:
            transport = AsyncRetryTransport(inner, sleep=sleeps.async_)
            response = await transport.handle_async_request(request)
        counts.append(response.extensions["ibl_retries"])
    assert counts == [0, 1]


async def test_the_default_async_sleep_is_asyncios(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def recorded(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", recorded)
    await retry.async_sleep(1.5)
    assert slept == [1.5]
