"""Hooks: functions the client calls around each call, to meter, trace or log it.

>>> def log_call(event: CallEvent) -> None:
...     print(event.operation_id, event.status, f"{event.elapsed:.3f}s")
>>> client = Client(api_key="...", hooks=Hooks(on_response=[log_call]))  # doctest: +SKIP

``on_request`` runs once a call's request is built, before it is sent; ``on_retry`` before each
retry (from the retry transport, with the wait and the reason); ``on_response`` with the answer
the call returns (any status: ``_send`` never raises for one), ``on_error`` with the error a call
raises instead (a connection error, a timeout). Each gets a :class:`CallEvent`. An async client's
hook may be a coroutine function: its result is awaited. A hook that raises fails the call: a
hook is the application's own code, so nothing it does is swallowed.

The event carries what a metric or a span needs and nothing that authenticates: the URL is
redacted as the log redacts it (``_log.redact_url``), headers are not included. ``elapsed`` is
on the retry policy's clock (``retry.monotonic``), so a test's fake clock sets it. ``state`` is
one dict per call, shared by the call's events: a hook keeps there what it opened at
``on_request`` (a span, a timer) to close it later.

httpx has ``event_hooks`` too, but they see each request httpx sends (every redirect hop; not
our retries, which run below them), and know no operation; these see the call.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import httpx

from . import _log
from ._errors import ConfigurationError
from ._operation import RAW_OPERATION, Operation
from ._transports import retry

__all__ = ["AsyncCall", "Call", "CallEvent", "Hook", "Hooks"]


@attrs.frozen
class CallEvent:
    """One moment of a call, as a hook sees it."""

    #: The operation's id (``request`` for ``client.request(...)``).
    operation_id: str
    method: str
    #: The request's URL with secret query parameters and user info redacted.
    url: str
    #: The operation's path template (``/api/courses/{course_id}/``); None for a
    #: ``client.request(...)`` call, whose path is not a template.
    url_template: str | None
    #: Retries taken so far (``on_retry``: the number of the retry about to be made).
    attempt: int
    #: Seconds since the call started, on the retry policy's clock.
    elapsed: float
    #: The answer's status (``on_response``, ``on_retry`` after a refusal), else None.
    status: int | None = None
    #: The error raised (``on_error``) or retried after (``on_retry``), else None.
    error: BaseException | None = None
    #: ``on_retry``: seconds waited before the retry, and why.
    wait: float | None = None
    reason: str | None = None
    #: One dict per call, shared by its events, for a hook's own use.
    state: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)


#: A hook: called with the event; an async client awaits what a coroutine function returns.
Hook = Callable[[CallEvent], object]


def _hooks(value: Sequence[Hook] | None) -> tuple[Hook, ...]:
    hooks = tuple(value or ())
    for hook in hooks:
        if not callable(hook):
            raise ConfigurationError(f"hooks: expected callables, got {hook!r}")
    return hooks


@attrs.frozen
class Hooks:
    """The hooks of a client, each a sequence of functions called in order."""

    on_request: tuple[Hook, ...] = attrs.field(default=(), converter=_hooks)
    on_response: tuple[Hook, ...] = attrs.field(default=(), converter=_hooks)
    on_retry: tuple[Hook, ...] = attrs.field(default=(), converter=_hooks)
    on_error: tuple[Hook, ...] = attrs.field(default=(), converter=_hooks)

    def __add__(self, other: Hooks) -> Hooks:
        """Both sets of hooks, this one's first (an application's and the telemetry's)."""
        return Hooks(
            on_request=self.on_request + other.on_request,
            on_response=self.on_response + other.on_response,
            on_retry=self.on_retry + other.on_retry,
            on_error=self.on_error + other.on_error,
        )


def check(hooks: object) -> Hooks | None:
    if hooks is None or isinstance(hooks, Hooks):
        return hooks
    raise ConfigurationError(f"hooks: expected an ibl_client.Hooks, got {hooks!r}")


class _Call:
    """One call's hooks and what its events share; made only for a client with hooks."""

    __slots__ = ("_hooks", "_request", "_started", "_state", "_template", "operation_id")

    def __init__(self, hooks: Hooks, operation: Operation[Any], request: httpx.Request) -> None:
        self._hooks = hooks
        self.operation_id = operation.id
        self._template = None if operation.id == RAW_OPERATION else operation.path
        self._request = request
        self._started = retry.monotonic()
        self._state: dict[str, Any] = {}
        # For the retry transport's on_retry (retry.py reads it; it knows no hooks).
        request.extensions[retry.CALL_EXTENSION] = self

    def _event(self, **fields: Any) -> CallEvent:
        fields.setdefault("attempt", self._request.extensions.get(retry.RETRIES_EXTENSION, 0))
        return CallEvent(
            operation_id=self.operation_id,
            method=self._request.method,
            url=_log.redact_url(self._request.url),
            url_template=self._template,
            elapsed=retry.monotonic() - self._started,
            state=self._state,
            **fields,
        )

    @staticmethod
    def _retry_fields(
        wait: float, reason: str, outcome: httpx.Response | Exception
    ) -> dict[str, Any]:
        if isinstance(outcome, httpx.Response):
            return {"wait": wait, "reason": reason, "status": outcome.status_code}
        return {"wait": wait, "reason": reason, "error": outcome}


class Call(_Call):
    """The sync client's call: a hook returning an awaitable is a mistake, said at once."""

    __slots__ = ()

    def _fire(self, hooks: tuple[Hook, ...], event: CallEvent) -> None:
        for hook in hooks:
            if inspect.isawaitable(result := hook(event)):
                if inspect.iscoroutine(result):
                    result.close()  # never to be awaited: close it, or Python warns later
                raise ConfigurationError(
                    "hooks: a sync Client's hook returned an awaitable; use plain functions "
                    "with Client (coroutine functions work with AsyncClient)"
                )

    def requested(self) -> None:
        self._fire(self._hooks.on_request, self._event(attempt=0))

    def retrying(self, wait: float, reason: str, outcome: httpx.Response | Exception) -> None:
        if self._hooks.on_retry:
            event = self._event(**self._retry_fields(wait, reason, outcome))
            self._fire(self._hooks.on_retry, event)

    def answered(self, status: int) -> None:
        self._fire(self._hooks.on_response, self._event(status=status))

    def failed(self, error: BaseException) -> None:
        self._fire(self._hooks.on_error, self._event(error=error))


class AsyncCall(_Call):
    """The async client's call: a hook's awaitable is awaited before the next hook runs."""

    __slots__ = ()

    async def _fire_async(self, hooks: tuple[Hook, ...], event: CallEvent) -> None:
        for hook in hooks:
            if inspect.isawaitable(result := hook(event)):
                await result

    async def requested(self) -> None:
        await self._fire_async(self._hooks.on_request, self._event(attempt=0))

    async def retrying(self, wait: float, reason: str, outcome: httpx.Response | Exception) -> None:
        if self._hooks.on_retry:
            event = self._event(**self._retry_fields(wait, reason, outcome))
            await self._fire_async(self._hooks.on_retry, event)

    async def answered(self, status: int) -> None:
        await self._fire_async(self._hooks.on_response, self._event(status=status))

    async def failed(self, error: BaseException) -> None:
        await self._fire_async(self._hooks.on_error, self._event(error=error))
