"""The client-wide rate gate and ``max_concurrency`` (ibl_client/_transports/rate_gate.py).

A real loopback server refuses; time is the retry layer's injected clock (``clock``): each
test asserts the waits recorded, who waited, and what the server saw, never how long anything
took. (The option's precedence and refused values: test_precedence.py.)
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import httpx
import pytest

from ibl_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    AsyncRetryTransport,
    Client,
    Hooks,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    RetryTransport,
)
from ibl_client._transports.rate_gate import AsyncConcurrencyLimit, ConcurrencyLimit, RateGate

from . import fake_operation as op
from .conftest import FakeClock, Sleeps
from .server import RESET, ScriptedServer, reply

REFUSED = reply(429, {"detail": "slow down"}, headers={"Retry-After": "7"})
#: How long a test waits for another task or thread to reach the gate before giving up: a
#: guard against hanging when the gate is missing, never an assertion on time.
ARRIVAL = 5.0


def course_of(path: str) -> int:
    return int(path.rstrip("/").rpartition("/")[2])


class Waits:
    """Who waited how long: the clock's sleeps, each with the task or thread that slept.

    The refused call's own retry wait first lets the others start (``refused``), then waits
    until ``expected`` other waits have begun before time moves on; every wait records itself
    and lets the others run before the clock advances, so the gate is still closed when each
    of them arrives.
    """

    def __init__(self, clock: FakeClock, expected: int) -> None:
        self.clock = clock
        self.expected = expected
        self.log: list[tuple[str, float]] = []
        self.refused_async = asyncio.Event()
        self.refused_thread = threading.Event()
        self.arrived_thread = threading.Event()

    def _record(self, who: str, seconds: float) -> bool:
        self.log.append((who, seconds))
        return len(self.log) == 1  # the first wait is the refused call's retry

    async def async_sleep(self, seconds: float) -> None:
        task = asyncio.current_task()
        assert task is not None
        if self._record(task.get_name(), seconds):
            self.refused_async.set()
        for _ in range(200):  # let the others run up to the gate (no time passes)
            if len(self.log) > self.expected:
                break
            await asyncio.sleep(0)
        self.clock.now += seconds

    def sleep(self, seconds: float) -> None:
        first = self._record(threading.current_thread().name, seconds)
        if first:
            self.refused_thread.set()
            self.arrived_thread.wait(ARRIVAL)
        else:
            self.arrived_thread.set()
        self.clock.now += seconds


@pytest.fixture
def waits(clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> Waits:
    from ibl_client._transports import retry

    recorder = Waits(clock, expected=2)
    monkeypatch.setattr(retry, "async_sleep", recorder.async_sleep)
    monkeypatch.setattr(retry, "sleep", recorder.sleep)
    return recorder


async def test_one_refusal_holds_back_the_other_tasks(server: ScriptedServer, waits: Waits) -> None:
    server.then(REFUSED)
    async with AsyncClient(api_key="k", base_url=server.url) as ibl:

        async def later(course: int) -> op.Course:
            await waits.refused_async.wait()  # starts once the first call was refused
            return await op.asyncio(client=ibl, course_id=course)

        results = await asyncio.gather(
            asyncio.create_task(op.asyncio(client=ibl, course_id=1), name="first"),
            asyncio.create_task(later(2), name="second"),
            asyncio.create_task(later(3), name="third"),
        )
    assert [r.name for r in results] == ["default"] * 3
    # The refused call waits what it was told; the others wait at the gate for what is left of
    # it (all of it: no time passed), instead of being refused in turn.
    assert sorted(waits.log) == [("first", 7.0), ("second", 7.0), ("third", 7.0)]
    statuses = [course_of(seen.path) for seen in server.requests]
    assert statuses[0] == 1 and sorted(statuses) == [1, 1, 2, 3]  # one refusal, no more


def test_one_refusal_holds_back_the_other_threads(server: ScriptedServer, waits: Waits) -> None:
    server.then(REFUSED)
    results: dict[str, Any] = {}
    with Client(api_key="k", base_url=server.url) as ibl:

        def call(course: int, after: threading.Event | None) -> None:
            if after is not None:
                after.wait(ARRIVAL)
            results[threading.current_thread().name] = op.sync(client=ibl, course_id=course)

        threads = [
            threading.Thread(target=call, args=(1, None), name="first"),
            threading.Thread(target=call, args=(2, waits.refused_thread), name="second"),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(results) == ["first", "second"]
    assert sorted(waits.log) == [("first", 7.0), ("second", 7.0)]
    assert len(server.requests) == 3  # the refusal, the retry, the second call once


@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_a_refusal_without_a_retry_left_still_closes_the_gate(
    twin: str, server: ScriptedServer, clock: FakeClock
) -> None:
    """The server's answer speaks for the client even when the refused call gives up."""
    server.then(REFUSED)
    if twin == "sync":
        with Client(api_key="k", base_url=server.url, max_retries=0) as ibl:
            with pytest.raises(RateLimitError):
                op.sync(client=ibl)
            clock.advance(2)
            assert op.sync(client=ibl.with_options(max_retries=2)).name == "default"
    else:
        async with AsyncClient(api_key="k", base_url=server.url, max_retries=0) as ibl:
            with pytest.raises(RateLimitError):
                await op.asyncio(client=ibl)
            clock.advance(2)
            assert (await op.asyncio(client=ibl.with_options(max_retries=2))).name == "default"
    assert clock.sleeps == [5.0]  # what was left of the 7 s; a derived client shares the gate
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    ("policy", "headers"),
    [
        pytest.param({"rate_gate": False}, {"Retry-After": "7"}, id="gate-off"),
        pytest.param({}, {"Retry-After": "3600"}, id="above-the-ceiling"),
        pytest.param({}, {}, id="no-retry-after"),
    ],
)
async def test_what_does_not_close_the_gate(
    policy: dict[str, Any], headers: dict[str, str], server: ScriptedServer, clock: FakeClock
) -> None:
    server.then(reply(429, headers=headers))
    retry = RetryPolicy(**policy)
    async with AsyncClient(api_key="k", base_url=server.url, retry=retry) as ibl:
        refused = await op.asyncio_detailed(client=ibl.with_options(max_retries=0))
        assert refused.status_code == 429
        await op.asyncio(client=ibl)
    assert clock.sleeps == []
    assert len(server.requests) == 2


async def test_the_deadline_comes_before_the_gate(server: ScriptedServer, clock: FakeClock) -> None:
    """A call whose deadline ends before the gate opens does not wait for nothing: it goes,
    and the server's refusal is its answer (as when the deadline refuses a retry)."""
    server.then(REFUSED, REFUSED)
    async with AsyncClient(api_key="k", base_url=server.url, max_retries=0) as ibl:
        with pytest.raises(RateLimitError):
            await op.asyncio(client=ibl)
        hurried = ibl.with_options(retry=RetryPolicy(deadline=3))
        with pytest.raises(RateLimitError):
            await op.asyncio(client=hurried)
    assert clock.sleeps == []
    assert len(server.requests) == 2


def test_until_the_pace_is_known_everyone_goes_when_the_gate_opens() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=10)
    gate.refused(100.0, asked=4)  # the later moment stays
    assert [gate.wait(103.0), gate.wait(103.0), gate.wait(110.0)] == [7.0, 7.0, 0.0]


def test_the_held_requests_go_at_the_pace_the_server_allowed() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=1)
    for _ in range(4):  # four answers let through in the 2 s up to the next refusal
        gate.admitted()
    gate.refused(102.0, asked=1)
    # Closed until 103, then one request every 2/4 s, not all at once.
    assert [gate.wait(102.5) for _ in range(3)] == [0.5, 1.0, 1.5]
    assert gate.until  # still pacing: answers keep being counted
    assert gate.wait(110.0) == 0.0  # nobody queued, no refusal for a while: open again
    assert not gate.until
    # Answers are not counted while it is open: a refusal an hour later learns afresh, rather
    # than dividing the hour by the answers of the last paced spell.
    gate.refused(3700.0, asked=1)
    assert [gate.wait(3700.0), gate.wait(3700.0)] == [1.0, 1.0]
    assert gate.wait(3701.5) == 0.0  # reopened, no pace known: a request goes at once


def test_a_new_gate_is_open_even_at_the_clocks_origin() -> None:
    """monotonic's origin is arbitrary: a gate's moments near 0 are moments like any other."""
    gate = RateGate()
    assert gate.until == 0.0
    gate.refused(0.0, asked=0.25)
    gate.admitted()  # one answer in the half second up to the next refusal
    gate.refused(0.5, asked=0.25)
    assert [gate.wait(0.5), gate.wait(0.5)] == [0.25, 0.75]  # from 0.75, one every 0.5 s


def test_a_refusal_as_the_gate_reopens_teaches_the_pace() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=1)
    gate.admitted()
    gate.admitted()
    gate.refused(101.0, asked=1)  # at the moment it reopened: two answers in 1 s
    assert [gate.wait(101.0), gate.wait(101.0)] == [1.0, 1.5]


def test_a_request_that_goes_at_once_moves_the_next_one_a_pace_later() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=1)
    for _ in range(4):
        gate.admitted()
    gate.refused(102.0, asked=1)  # pace 0.5 s, closed until 103
    assert [gate.wait(103.25), gate.wait(103.25)] == [0.0, 0.5]


def test_the_gate_opens_one_retry_after_after_it_reopened() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=2)
    assert gate.wait(102.5) == 0.0
    assert gate.until  # reopened at 102, still pacing: a refusal may yet come
    assert gate.wait(104.0) == 0.0
    assert not gate.until  # 2 s without a refusal since it reopened: open


def test_a_refusal_asking_for_the_same_moment_keeps_the_calm_of_the_first() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=10)  # closed until 110, calm from 120
    gate.refused(105.0, asked=5)  # until 110 too
    assert gate.wait(116.0) == 0.0
    assert gate.until  # not open before 120


def test_a_retry_after_of_zero_opens_the_gate_at_the_next_request() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=0)
    assert gate.until
    assert gate.wait(100.0) == 0.0
    assert not gate.until


def test_an_answer_counted_as_the_gate_opens_teaches_no_pace() -> None:
    """A sync call's thread sees the gate paced and counts its answer just after another thread
    opened the gate: the next refusal, an hour later, must not spread that hour over it."""
    gate = RateGate()
    gate.refused(100.0, asked=1)
    gate.refused(100.0, asked=1)
    assert gate.wait(110.0) == 0.0 and not gate.until  # opened
    gate.admitted()  # the late count
    gate.refused(3700.0, asked=1)
    assert [gate.wait(3700.0), gate.wait(3700.0)] == [1.0, 1.0]  # no pace known: all at 3701


def test_refusals_of_requests_sent_before_the_gate_closed_teach_nothing() -> None:
    gate = RateGate()
    gate.refused(100.0, asked=1)
    gate.admitted()
    gate.refused(100.5, asked=1)  # sent before the gate closed: not the server's pace
    assert [gate.wait(100.5), gate.wait(100.5)] == [1.0, 1.0]  # everyone at 101.5, unpaced


# The retry transports at the gate, without a client: a gate closed by hand (or by another
# transport sharing it), answers from httpx.MockTransport, waits on the injected clock.

URL = "https://api.test/x/"


def answering(*codes_and_retry_after: tuple[int, str | None]) -> httpx.MockTransport:
    """Answers with these statuses in turn (``Retry-After`` where given), then 200."""
    answers = iter(codes_and_retry_after)

    def handler(request: httpx.Request) -> httpx.Response:
        code, asked = next(answers, (200, None))
        return httpx.Response(code, headers={} if asked is None else {"Retry-After": asked})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_transports_given_one_gate_share_it(twin: str, clock: FakeClock) -> None:
    gate = RateGate()
    once = RetryPolicy(max_retries=0)
    refusing, answering_ok = answering((429, "3")), answering()
    if twin == "sync":
        statuses = [
            RetryTransport(inner, policy, sleep=clock.sleep, gate=gate)
            .handle_request(httpx.Request("GET", URL))
            .status_code
            for inner, policy in ((refusing, once), (answering_ok, RetryPolicy()))
        ]
    else:
        statuses = []
        for inner, policy in ((refusing, once), (answering_ok, RetryPolicy())):
            transport = AsyncRetryTransport(inner, policy, sleep=clock.async_sleep, gate=gate)
            response = await transport.handle_async_request(httpx.Request("GET", URL))
            statuses.append(response.status_code)
    assert statuses == [429, 200]
    assert clock.sleeps == [3.0]  # the second transport's request waited at the shared gate


def test_a_retry_after_at_the_ceiling_closes_the_gate(clock: FakeClock) -> None:
    policy = RetryPolicy(max_retries=0, retry_after_ceiling=60)
    transport = RetryTransport(answering((429, "60")), policy, sleep=clock.sleep)
    assert transport.handle_request(httpx.Request("GET", URL)).status_code == 429
    assert transport.handle_request(httpx.Request("GET", URL)).status_code == 200
    assert clock.sleeps == [60.0]


@pytest.mark.parametrize(
    ("closed_for", "later", "waited", "held"),
    [
        pytest.param(0.5, 0.0, [0.5], [f"Holding GET {URL} 0.50s:"], id="under-a-second"),
        pytest.param(2.0, 2.0, [], [], id="reopened-at-that-moment"),
    ],
)
def test_a_request_waits_what_is_left_of_the_gate_and_says_so(
    closed_for: float,
    later: float,
    waited: list[float],
    held: list[str],
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    gate = RateGate()
    gate.refused(clock.now, closed_for)
    clock.advance(later)
    transport = RetryTransport(answering(), sleep=clock.sleep, gate=gate)
    with caplog.at_level(logging.INFO, logger="ibl_client"):
        assert transport.handle_request(httpx.Request("GET", URL)).status_code == 200
    assert clock.sleeps == waited
    holding = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Holding")]
    assert [" ".join(message.split()[:4]) for message in holding] == held


def test_the_time_held_at_the_gate_counts_against_the_deadline(clock: FakeClock) -> None:
    """Without a client (which notes when a call starts), the deadline counts from the gate."""
    gate = RateGate()
    gate.refused(clock.now, 3)
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200)

    policy = RetryPolicy(deadline=10)
    transport = RetryTransport(httpx.MockTransport(handler), policy, sleep=clock.sleep, gate=gate)
    transport.handle_request(httpx.Request("GET", URL))  # no timeouts of its own
    assert clock.sleeps == [3.0]
    assert dict(seen[0]) == dict.fromkeys(("connect", "read", "write", "pool"), 7.0)
    assert seen[0].get("not a phase", "absent") == "absent"


def test_a_gate_that_opens_as_the_deadline_ends_is_not_waited(clock: FakeClock) -> None:
    gate = RateGate()
    gate.refused(clock.now, 5)
    transport = RetryTransport(
        answering((429, "5")), RetryPolicy(deadline=5), sleep=clock.sleep, gate=gate
    )
    assert transport.handle_request(httpx.Request("GET", URL)).status_code == 429
    assert clock.sleeps == []


@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_a_wait_at_the_gate_counts_even_when_the_sleep_spends_no_time(
    twin: str, clock: FakeClock
) -> None:
    """A request held 2 s at the gate, then refused with ``Retry-After: 1``, waits that 1 s and
    goes: the gate reopens 2 s after the clock's origin, which its waits already cover. (The
    recorded sleeps spend no time; monotonic's origin is arbitrary, here 0.)"""
    clock.now = 0.0
    gate = RateGate()
    gate.refused(clock.now, 2)
    sleeps = Sleeps()
    inner = answering((429, "1"))
    if twin == "sync":
        transport = RetryTransport(inner, sleep=sleeps, gate=gate)
        response = transport.handle_request(httpx.Request("GET", URL))
    else:
        async_transport = AsyncRetryTransport(inner, sleep=sleeps.async_, gate=gate)
        response = await async_transport.handle_async_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert sleeps == [2.0, 1.0]


# max_concurrency: the server answers slowly, so calls overlap; a connection carries one
# request at a time, so the connections the server saw bound the calls that were in flight.

SLOW = reply(200, {"id": 1, "name": "slow"}, delay=0.05)
CALLS = 12


def connections(server: ScriptedServer) -> int:
    return len({seen.peer for seen in server.requests})


@pytest.mark.parametrize("limit", [None, 3])
async def test_max_concurrency_bounds_the_async_calls_in_flight(
    limit: int | None, server: ScriptedServer
) -> None:
    server.default = SLOW
    async with AsyncClient(api_key="k", base_url=server.url, max_concurrency=limit) as ibl:
        results = await asyncio.gather(*(op.asyncio(client=ibl) for _ in range(CALLS)))
    assert len(results) == CALLS and len(server.requests) == CALLS
    if limit is None:
        assert connections(server) > 3  # the calls did overlap: the bound below is the client's
    else:
        assert connections(server) <= limit


@pytest.mark.parametrize("limit", [None, 2])
def test_max_concurrency_bounds_the_sync_calls_in_flight(
    limit: int | None, server: ScriptedServer
) -> None:
    server.default = SLOW
    with Client(api_key="k", base_url=server.url, max_concurrency=limit) as ibl:
        threads = [threading.Thread(target=op.sync, kwargs={"client": ibl}) for _ in range(CALLS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(server.requests) == CALLS
    if limit is None:
        assert connections(server) > 2
    else:
        assert connections(server) <= limit


@pytest.mark.parametrize("twin", ["sync", "async"])
async def test_a_failed_call_gives_its_slot_back(twin: str, server: ScriptedServer) -> None:
    server.then(RESET, RESET)  # a POST that may have been sent is not retried: it raises
    if twin == "sync":
        with Client(api_key="k", base_url=server.url, max_concurrency=1) as ibl:
            for _ in range(2):
                with pytest.raises(APIConnectionError):
                    op.sync(client=ibl, method="POST")
            assert op.sync(client=ibl).name == "default"  # not stuck on a lost slot
    else:
        async with AsyncClient(api_key="k", base_url=server.url, max_concurrency=1) as ibl:
            for _ in range(2):
                with pytest.raises(APIConnectionError):
                    await op.asyncio(client=ibl, method="POST")
            assert (await op.asyncio(client=ibl)).name == "default"


# A streamed answer holds its place among the client's max_concurrency until it is closed: the
# place is taken (no other may be) while it is open, given back when it closes, when its status
# raises, and when no answer came.


async def test_an_open_async_stream_holds_its_place(server: ScriptedServer) -> None:
    server.then(reply(body=b"x" * 10), reply(404, {"detail": "no"}), RESET)
    async with AsyncClient(
        api_key="k", base_url=server.url, max_concurrency=1, max_retries=0
    ) as ibl:
        download = ibl.reports.reports_platforms_download_retrieve
        limit = ibl._limit
        assert isinstance(limit, AsyncConcurrencyLimit)
        stream = ibl.stream(download, "acme", "r1")
        assert not limit._semaphore().locked()  # nothing is held before the answer is opened
        async with stream as answer:
            assert limit._semaphore().locked()
            assert [chunk async for chunk in answer.iter_bytes()] == [b"x" * 10]
        assert not limit._semaphore().locked()
        with pytest.raises(NotFoundError):
            async with ibl.stream(download, "acme", "r2"):
                pass
        assert not limit._semaphore().locked()
        with pytest.raises(APIConnectionError):
            async with ibl.stream(download, "acme", "r3"):
                pass
        assert not limit._semaphore().locked()
        assert (await op.asyncio(client=ibl)).name == "default"  # and the calls still go


def test_an_open_sync_stream_holds_its_place(server: ScriptedServer) -> None:
    server.then(reply(body=b"x" * 10), reply(404, {"detail": "no"}), RESET)
    with Client(api_key="k", base_url=server.url, max_concurrency=1, max_retries=0) as ibl:
        download = ibl.reports.reports_platforms_download_retrieve
        limit = ibl._limit
        assert isinstance(limit, ConcurrencyLimit)

        def free() -> bool:
            taken = limit._slots.acquire(blocking=False)
            if taken:
                limit._slots.release()
            return taken

        stream = ibl.stream(download, "acme", "r1")
        assert free()
        with stream as answer:
            assert not free()
            assert list(answer.iter_bytes()) == [b"x" * 10]
        assert free()
        with pytest.raises(NotFoundError), ibl.stream(download, "acme", "r2"):
            pass
        assert free()
        with pytest.raises(APIConnectionError), ibl.stream(download, "acme", "r3"):
            pass
        assert free()
        assert op.sync(client=ibl).name == "default"


# A call whose deadline runs out while it waits for a place is not sent: it fails as a pool
# timeout would, naming the bound and the deadline. Without a deadline it waits for the place.

SHORT = RetryPolicy(deadline=0.2)


async def test_an_async_call_waits_for_a_place_only_within_its_deadline(
    server: ScriptedServer,
) -> None:
    server.then(reply(body=b"x"))
    errors: list[BaseException | None] = []
    hooks = Hooks(on_error=[lambda event: errors.append(event.error)])
    async with AsyncClient(
        api_key="k", base_url=server.url, max_concurrency=1, retry=SHORT, hooks=hooks
    ) as ibl:
        download = ibl.reports.reports_platforms_download_retrieve
        async with ibl.stream(download, "acme", "r1"):
            with pytest.raises(APITimeoutError) as info:
                await op.asyncio(client=ibl)
            with pytest.raises(APITimeoutError) as streamed:
                async with ibl.stream(download, "acme", "r2"):
                    pass
        assert len(server.requests) == 1  # none was sent
        for error in (info.value, streamed.value):
            assert "max_concurrency=1" in str(error) and "(deadline 0.2s)" in str(error)
            assert isinstance(error.__cause__, httpx.PoolTimeout)
            assert error.__cause__.request.method == error.method
        assert streamed.value.operation_id == "reports_platforms_download_retrieve"
        assert info.value.operation_id == op.OPERATION_ID
        assert errors == [info.value]  # the call's error hook saw it (streams have no hooks)
        assert (await op.asyncio(client=ibl)).name == "default"  # the place is free again
    async with AsyncClient(api_key="k", base_url=server.url, max_concurrency=1) as patient:
        async with patient.stream(download, "acme", "r3"):
            waiting = asyncio.ensure_future(op.asyncio(client=patient))
            for _ in range(50):
                await asyncio.sleep(0)
            assert not waiting.done()
        assert (await waiting).name == "default"


def test_a_sync_call_waits_for_a_place_only_within_its_deadline(server: ScriptedServer) -> None:
    server.then(reply(body=b"x"))
    errors: list[BaseException | None] = []
    hooks = Hooks(on_error=[lambda event: errors.append(event.error)])
    with Client(
        api_key="k", base_url=server.url, max_concurrency=1, retry=SHORT, hooks=hooks
    ) as ibl:
        download = ibl.reports.reports_platforms_download_retrieve
        with ibl.stream(download, "acme", "r1"):
            with pytest.raises(APITimeoutError) as info:
                op.sync(client=ibl)
            with pytest.raises(APITimeoutError) as streamed, ibl.stream(download, "acme", "r2"):
                pass
        assert len(server.requests) == 1
        for error in (info.value, streamed.value):
            assert "max_concurrency=1" in str(error) and "(deadline 0.2s)" in str(error)
            assert isinstance(error.__cause__, httpx.PoolTimeout)
            assert error.__cause__.request.method == error.method
        assert streamed.value.operation_id == "reports_platforms_download_retrieve"
        assert info.value.operation_id == op.OPERATION_ID
        assert errors == [info.value]
        assert op.sync(client=ibl).name == "default"


async def test_a_place_freed_while_waiting_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    """A call that waits gets the place given back meanwhile; the wait asked for is the time
    left, never less than nothing (a deadline already past waits not at all)."""
    limit = AsyncConcurrencyLimit(1)
    assert await limit.acquire()
    asyncio.get_running_loop().call_soon(limit.release)
    assert await limit.acquire(5.0) is True
    waits: list[float | None] = []
    real = asyncio.wait_for

    async def recorded(awaitable: Any, timeout: float | None) -> Any:
        waits.append(timeout)
        return await real(awaitable, timeout)

    monkeypatch.setattr(asyncio, "wait_for", recorded)
    assert await limit.acquire(-3.0) is False
    assert waits == [0.0]
    limit.release()

    class Slots:  # the sync bound's semaphore, recording what it is asked
        def __init__(self) -> None:
            self.asked: list[float | None] = []

        def acquire(self, timeout: float | None = None) -> bool:
            self.asked.append(timeout)
            return False

    sync_limit = ConcurrencyLimit(1)
    slots = Slots()
    monkeypatch.setattr(sync_limit, "_slots", slots)
    assert sync_limit.acquire(-3.0) is False
    assert sync_limit.acquire(0.5) is False
    assert slots.asked == [0.0, 0.5]


async def test_a_place_is_taken_at_once_when_one_is_free_whatever_the_time_left() -> None:
    for limit in (ConcurrencyLimit(1), AsyncConcurrencyLimit(1)):
        for timeout in (0.0, -1.0):
            taken = limit.acquire(timeout)
            assert (await taken if asyncio.iscoroutine(taken) else taken) is True
            again = limit.acquire(timeout)
            assert (await again if asyncio.iscoroutine(again) else again) is False
            limit.release()
