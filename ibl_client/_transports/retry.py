"""Retries: one policy object, one function that decides, and a transport twin that obeys.

The transports wrap any inner httpx transport, so they sit below auth and redirects: a retried
request is the same signed request, and a redirect is followed only once an attempt succeeds.

>>> import httpx
>>> transport = AsyncRetryTransport(httpx.AsyncHTTPTransport(), RetryPolicy(max_retries=3))
>>> client = httpx.AsyncClient(transport=transport)

Per call, the policy in ``request.extensions["ibl_retry"]`` (set by ``AsyncClient`` from its
options) wins over the transport's own. The number of retries taken is added to
``request.extensions["ibl_retries"]`` (one dict per request, shared with its redirects, so it
survives a final exception) and copied to ``response.extensions["ibl_retries"]``. The same dict
keeps when the call started (``ibl_started``), from which a policy's ``deadline`` is counted.
"""

from __future__ import annotations

import email.utils
import functools
import math
import random
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import attrs
import httpx

from .. import _log
from .._errors import ConfigurationError
from .rate_gate import RateGate

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport", "fetch"]

POLICY_EXTENSION = "ibl_retry"
RETRIES_EXTENSION = "ibl_retries"
STARTED_EXTENSION = "ibl_started"
#: A call's hooks (``_hooks.Call``), set only on a client with hooks: ``on_retry`` runs here.
CALL_EXTENSION = "ibl_call"
TIMEOUT_EXTENSION = "ibl_call_timeout"  # the call's own timeouts, before the deadline cuts them
#: True once the policy's deadline cut an attempt's timeouts or refused a retry.
DEADLINE_EXTENSION = "ibl_deadline_binding"
#: The shortest timeout an attempt is given, however little time the deadline leaves.
MIN_ATTEMPT_TIMEOUT = 0.001
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Refusals whose ``Retry-After`` speaks for every request of the client (the rate gate).
GATE_STATUSES = frozenset({429, 503})
#: The statuses under 500 that are retried (every one from 500 is), and the first of them.
RETRIED_BELOW_500 = (408, 429)
FIRST_RETRIED = min(RETRIED_BELOW_500)
#: Failures before the request left this machine: safe to retry even a POST.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: Failures after the request may have reached the server: retried for idempotent methods only.
MAYBE_SENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
TIMEOUT_PHASES = ("connect", "read", "write", "pool")

# The clock a deadline is counted on and the waits between attempts: module attributes, read
# on each use, so a test replaces them (tests/layer/conftest.py's FakeClock) instead of
# measuring or spending time.
monotonic: Callable[[], float] = time.monotonic
sleep: Callable[[float], None] = time.sleep


async def async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: a sync-only program need not import asyncio (~20 ms)

    await asyncio.sleep(seconds)


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ConfigurationError(f"{attribute.name}: expected a number >= 0, got {value!r}")


def _exp_base(instance: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 1:
        raise ConfigurationError(f"{attribute.name}: expected a number >= 1, got {value!r}")


def _positive_or_none(
    instance: object, attribute: attrs.Attribute[Any], value: float | None
) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigurationError(f"{attribute.name}: expected seconds > 0 or None, got {value!r}")


def _flag(instance: object, attribute: attrs.Attribute[Any], value: bool) -> None:
    if not isinstance(value, bool):
        raise ConfigurationError(f"{attribute.name}: expected True or False, got {value!r}")


def _count(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{attribute.name}: expected an integer >= 0, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """When and how long to wait before trying a request again.

    The n-th retry (n = 0, 1, ...) waits
    ``min(wait_max, wait_initial * wait_exp_base**n + uniform(0, wait_jitter))`` seconds, or
    what the server asks for in ``Retry-After`` / ``retry-after-ms``. A server-asked wait above
    ``retry_after_ceiling`` is not slept: the response is returned (and ``unwrap()`` raises).
    ``max_retries=0`` disables retrying.

    ``deadline`` (seconds, off by default) bounds a whole call, its attempts and waits
    together: each attempt's timeouts are cut to the time left, and no retry waits past it.
    httpx's timeouts are per phase (connect, each read, ...), so a body that trickles in
    within every cut timeout can still run past the deadline.

    ``rate_gate`` (on by default): a 429 or 503 with a ``Retry-After`` at most
    ``retry_after_ceiling`` holds back every request of the client until then, in every task
    and thread (``rate_gate.py``), not only the refused one; off, each request finds out on
    its own (for a server whose limits are per endpoint).
    """

    max_retries: int = attrs.field(default=2, validator=_count)
    wait_initial: float = attrs.field(default=0.5, validator=_non_negative)
    wait_max: float = attrs.field(default=8.0, validator=_non_negative)
    wait_jitter: float = attrs.field(default=0.5, validator=_non_negative)
    wait_exp_base: float = attrs.field(default=2.0, validator=_exp_base)
    retry_after_ceiling: float = attrs.field(default=60.0, validator=_non_negative)
    deadline: float | None = attrs.field(default=None, validator=_positive_or_none)
    rate_gate: bool = attrs.field(default=True, validator=_flag)

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (0-based) when the server asks nothing.

        >>> RetryPolicy(max_retries=5000, wait_jitter=0).backoff(1100)  # no OverflowError
        8.0
        """
        jitter = random.uniform(0, self.wait_jitter)
        if self.wait_initial == 0:
            return min(self.wait_max, jitter)
        try:
            growth = self.wait_initial * self.wait_exp_base**retry
        except OverflowError:  # float ** int overflows long before any wait_max is reached
            growth = math.inf
        return min(self.wait_max, growth + jitter)


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After``."""
    if "retry-after-ms" in headers:
        try:
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def decide(
    policy: RetryPolicy,
    request: httpx.Request,
    retries: int,
    response: httpx.Response | None = None,
    error: Exception | None = None,
) -> tuple[float, str] | None:
    """The one place that says whether to retry: ``(seconds to wait, reason)`` or ``None``."""
    decision = _by_rules(policy, request, retries, response, error)
    if decision is None or policy.deadline is None:
        return decision
    left = time_left(policy, request)
    if left is not None and decision[0] >= left:
        request.extensions[DEADLINE_EXTENSION] = True
        _log.not_retrying(
            request, f"{decision[1]}: the deadline of {policy.deadline:g}s leaves {left:.2f}s"
        )
        return None
    return decision


def _by_rules(
    policy: RetryPolicy,
    request: httpx.Request,
    retries: int,
    response: httpx.Response | None,
    error: Exception | None,
) -> tuple[float, str] | None:
    if retries >= policy.max_retries:
        return None
    idempotent = request.method in IDEMPOTENT_METHODS
    if error is not None:
        if isinstance(error, NOT_SENT_ERRORS) or (
            idempotent and isinstance(error, MAYBE_SENT_ERRORS)
        ):
            return policy.backoff(retries), type(error).__name__
        return None
    assert response is not None
    status = response.status_code
    if status not in RETRIED_BELOW_500 and status < 500:
        return None
    asked = retry_after(response.headers)
    if not idempotent and not (status in (429, 503) and asked is not None):
        return None
    reason = f"status {status}"
    if asked is None:
        return policy.backoff(retries), reason
    if asked > policy.retry_after_ceiling:
        _log.not_retrying(
            request,
            f"server asked to wait {asked:.0f}s, above retry_after_ceiling "
            f"{policy.retry_after_ceiling:.0f}s",
        )
        return None
    return asked, f"{reason} (Retry-After {asked:.2f}s)"


def start_call(policy: RetryPolicy, extensions: dict[str, Any]) -> None:
    """Note when a call starts, for its deadline: the client calls this before anything else
    of the call (building the request, making the loop's pool), so all of it counts."""
    if policy.deadline is not None:
        extensions[STARTED_EXTENSION] = monotonic()


def time_left(policy: RetryPolicy, request: httpx.Request) -> float | None:
    """The seconds ``policy``'s deadline leaves the call ``request`` belongs to, or None."""
    if policy.deadline is None:
        return None
    started: float = request.extensions.setdefault(STARTED_EXTENSION, monotonic())
    return policy.deadline - (monotonic() - started)


class DeadlineTimeouts(dict[str, float | None]):
    """An attempt's timeouts under a deadline: each phase's, cut to the time left *when it is
    read*.

    httpcore reads a phase's timeout as the phase starts (``pool`` when waiting for a
    connection, ``connect`` when connecting, ``read`` before each read) and aiohttp's transport
    reads them once its session is open, so whatever the attempt spent before (the first
    request's set-up: importing aiohttp, opening the loop's pool, connecting) counts against the
    deadline instead of being added to it. The dict's own items are the cut timeouts as the
    attempt started (what ``dict(...)`` or a ``repr`` shows).
    """

    __slots__ = ("_extensions", "_own", "_policy")

    def __init__(self, policy: RetryPolicy, extensions: dict[str, Any]) -> None:
        self._policy = policy
        self._extensions = extensions
        self._own: dict[str, float | None] = extensions.setdefault(
            TIMEOUT_EXTENSION, dict(extensions.get("timeout", {}))
        )
        super().__init__({phase: self[phase] for phase in TIMEOUT_PHASES})

    def __getitem__(self, phase: str) -> float | None:
        started: float = self._extensions[STARTED_EXTENSION]
        assert self._policy.deadline is not None
        left = self._policy.deadline - (monotonic() - started)
        seconds = self._own.get(phase)
        if seconds is None or seconds > left:
            self._extensions[DEADLINE_EXTENSION] = True
            return max(MIN_ATTEMPT_TIMEOUT, left)
        return seconds

    def get(self, phase: str, default: float | None = None) -> float | None:  # type: ignore[override]
        return self[phase] if phase in TIMEOUT_PHASES else default


def _start_attempt(policy: RetryPolicy, request: httpx.Request) -> None:
    """Under a deadline, the attempt's timeouts become cut to the time it leaves."""
    if policy.deadline is not None:
        extensions = request.extensions
        extensions.setdefault(STARTED_EXTENSION, monotonic())
        extensions["timeout"] = DeadlineTimeouts(policy, extensions)


def _count_retry(
    request: httpx.Request, policy: RetryPolicy, retry: int, wait: float, why: str
) -> None:
    request.extensions[RETRIES_EXTENSION] = request.extensions.get(RETRIES_EXTENSION, 0) + 1
    _log.retrying(request, retry + 1, policy.max_retries, wait, why)


def _done(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    response.extensions[RETRIES_EXTENSION] = request.extensions.get(RETRIES_EXTENSION, 0)
    return response


def _close_gate(policy: RetryPolicy, gate: RateGate, response: httpx.Response) -> None:
    """A refusal with ``Retry-After`` (429, 503) closes the client's gate until then; a wait
    above the policy's ceiling is not waited by anyone (the refused call returns it)."""
    if not policy.rate_gate:
        return
    asked = retry_after(response.headers)
    if asked is not None and asked <= policy.retry_after_ceiling:
        gate.refused(monotonic(), asked)


def _gate_wait(
    policy: RetryPolicy, gate: RateGate, request: httpx.Request, resumes: float
) -> float:
    """Seconds ``request`` waits at the gate before its next attempt: none when the gate is
    open, or when the deadline would pass first (the attempt then goes, and a refusal is the
    call's answer, as when the deadline refuses a retry).

    ``resumes`` is when the request's own waits end (0 before any): a request refused with
    ``Retry-After`` waits that once, not again at the gate it closed.
    Each attempt waits at most once: one closed again meanwhile is found out by a refusal.
    """
    left = gate.wait(max(monotonic(), resumes))
    if left <= 0:
        return 0.0
    remaining = time_left(policy, request)
    if remaining is not None and left >= remaining:
        return 0.0
    _log.held_at_gate(request, left)
    return left


def _sleep(seconds: float) -> None:
    sleep(seconds)


async def _async_sleep(seconds: float) -> None:
    await async_sleep(seconds)


class RetryTransport(httpx.BaseTransport):
    """Retries requests on ``inner`` according to a :class:`RetryPolicy`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = _sleep,
        gate: RateGate | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy or RetryPolicy()
        self._sleep = sleep
        #: Shared by every retry transport of one pool (``pool.py``): the client's gate.
        self.gate = RateGate() if gate is None else gate

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy: RetryPolicy = request.extensions.get(POLICY_EXTENSION, self._policy)
        gate = self.gate
        retry = 0
        # When this call's waits so far end, on the retry clock: the time they were meant to
        # take, even where a test's sleep takes none.
        resumes = 0.0
        while True:
            if gate.until:  # closed by a refusal: the one check while it is open
                wait = _gate_wait(policy, gate, request, resumes)
                if wait:
                    resumes = max(monotonic(), resumes) + wait
                    self._sleep(wait)
            _start_attempt(policy, request)
            outcome: httpx.Response | Exception
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as exc:
                decision = decide(policy, request, retry, error=exc)
                if decision is None:
                    raise
                outcome = exc
            else:
                status = response.status_code
                if status in GATE_STATUSES:
                    _close_gate(policy, gate, response)
                elif gate.until:  # an answer let through while closed or paced: the pace
                    gate.admitted()
                # Below the first status a rule retries, kept without asking the rules (most
                # answers are).
                if status < FIRST_RETRIED:
                    return _done(request, response)
                decision = decide(policy, request, retry, response=response)
                if decision is None:
                    return _done(request, response)
                outcome = response
                try:  # read the discarded answer so its connection goes back to the pool
                    response.read()
                except httpx.TransportError:
                    pass
                finally:
                    response.close()
            _count_retry(request, policy, retry, *decision)
            call = request.extensions.get(CALL_EXTENSION)
            if call is not None:
                call.retrying(*decision, outcome)
            resumes = max(monotonic(), resumes) + decision[0]
            self._sleep(decision[0])
            retry += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Retries requests on ``inner`` according to a :class:`RetryPolicy` (async twin)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = _async_sleep,
        gate: RateGate | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy or RetryPolicy()
        self._sleep = sleep
        #: Shared by every retry transport of one pool (``pool.py``): the client's gate.
        self.gate = RateGate() if gate is None else gate
        self._fetch_inner: Callable[[httpx.Request], Awaitable[httpx.Response]] = getattr(
            inner, "fetch", None
        ) or functools.partial(_read_whole, inner)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._retrying(request, self._inner.handle_async_request)

    def fetch(self, request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """The answer of the last attempt read whole (see :func:`fetch`): the same retries,
        each attempt read by the inner transport's own ``fetch`` where it has one."""
        return self._retrying(request, self._fetch_inner)

    async def _retrying(
        self,
        request: httpx.Request,
        attempt: Callable[[httpx.Request], Awaitable[httpx.Response]],
    ) -> httpx.Response:
        policy: RetryPolicy = request.extensions.get(POLICY_EXTENSION, self._policy)
        gate = self.gate
        retry = 0
        # When this call's waits so far end, on the retry clock: the time they were meant to
        # take, even where a test's sleep takes none.
        resumes = 0.0
        while True:
            if gate.until:  # closed by a refusal: the one check while it is open
                wait = _gate_wait(policy, gate, request, resumes)
                if wait:
                    resumes = max(monotonic(), resumes) + wait
                    await self._sleep(wait)
            _start_attempt(policy, request)
            outcome: httpx.Response | Exception
            try:
                response = await attempt(request)
            except httpx.TransportError as exc:
                decision = decide(policy, request, retry, error=exc)
                if decision is None:
                    raise
                outcome = exc
            else:
                status = response.status_code
                if status in GATE_STATUSES:
                    _close_gate(policy, gate, response)
                elif gate.until:  # an answer let through while closed or paced: the pace
                    gate.admitted()
                # Below the first status a rule retries, kept without asking the rules (most
                # answers are).
                if status < FIRST_RETRIED:
                    return _done(request, response)
                decision = decide(policy, request, retry, response=response)
                if decision is None:
                    return _done(request, response)
                outcome = response
                try:  # read the discarded answer so its connection goes back to the pool
                    await response.aread()
                except httpx.TransportError:
                    pass
                finally:
                    await response.aclose()
            _count_retry(request, policy, retry, *decision)
            call = request.extensions.get(CALL_EXTENSION)
            if call is not None:
                await call.retrying(*decision, outcome)
            resumes = max(monotonic(), resumes) + decision[0]
            await self._sleep(decision[0])
            retry += 1

    async def aclose(self) -> None:
        await self._inner.aclose()


def fetch(transport: httpx.AsyncBaseTransport, request: httpx.Request) -> Awaitable[httpx.Response]:
    """``transport``'s response to ``request``, its body read and its stream closed.

    A transport with a ``fetch`` method of its own (ours: the retry transport, aiohttp's) is
    asked through it, so it can hand over a body it has already read; any other is asked
    through httpx's interface, and its response read as httpx reads one. (These return the
    transport's coroutine rather than await it: each frame in the chain is resumed again on
    every wake-up of the call.)
    """
    own: Callable[[httpx.Request], Awaitable[httpx.Response]] | None = getattr(
        transport, "fetch", None
    )
    return own(request) if own is not None else _read_whole(transport, request)


async def _read_whole(
    transport: httpx.AsyncBaseTransport, request: httpx.Request
) -> httpx.Response:
    response = await transport.handle_async_request(request)
    response.request = request
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response
