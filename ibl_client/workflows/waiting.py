"""Waiting for long-running work: poll an operation until a condition holds.

One policy (:class:`WaitPolicy`: the first and the longest pause, how it grows, the deadline),
one schedule that decides (:class:`_Schedule`: how long to pause, or that the deadline has
passed), and twin waiters that obey it: :class:`AsyncWaiter` awaits, :class:`Waiter` blocks.
Their clock and sleep are injected, so tests record the pauses instead of waiting them.

>>> from ibl_client.workflows import AsyncWaiter, WaitPolicy
>>> waiter = AsyncWaiter(WaitPolicy(timeout=600))
>>> # await waiter.documents_trained(ibl, org="acme", user_id="ada", pathway="tutor")

Each waiter knows the kinds of work the API reports progress on:

- ``documents_trained``: every document of a pathway (``ai_index``) is trained; a document
  whose ``training_status`` is ``failed`` raises :class:`~ibl_client.TaskFailedError` at once.
- ``task``: an operation answering a ``status`` (the task operations of ``ai_index``,
  ``ai_mentor``, course creation) reports a finished status; a failed or cancelled one raises
  :class:`~ibl_client.TaskFailedError`.
- ``until``: anything else, with a condition of your own.

Cancelling the awaiting task stops the polling (no request is sent after it); the sync waiter
stops on ``KeyboardInterrupt`` alike. Errors of the polled operation propagate unchanged: a
404 is not progress.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .._errors import TaskFailedError, WaitTimeoutError
from .._transports.retry import _exp_base, _non_negative, _positive_or_none
from .._types import Unset

if TYPE_CHECKING:
    from .. import AsyncClient, Client
    from ..generated.models.retriever_document_embedding import RetrieverDocumentEmbedding

__all__ = ["FAILED_STATUSES", "FINISHED_STATUSES", "AsyncWaiter", "WaitPolicy", "Waiter"]

T = TypeVar("T")

#: Statuses that end a task well, compared case-insensitively: course creation's ``Success``,
#: Celery's ``SUCCESS`` (the document tasks of ``ai_index``), and the usual spellings.
FINISHED_STATUSES = frozenset({"success", "succeeded", "completed", "complete", "done", "trained"})
#: Statuses that end a task badly: course creation's ``Failed`` and ``Cancelled``, Celery's
#: ``FAILURE`` and ``REVOKED``, and the usual spellings.
FAILED_STATUSES = frozenset(
    {"failed", "failure", "error", "cancelled", "canceled", "revoked", "aborted"}
)


@attrs.frozen
class WaitPolicy:
    """How a waiter paces its polls.

    The n-th pause (n = 0, 1, ...) is ``min(interval_max, interval * backoff**n)`` seconds, cut
    to the time left before ``timeout`` (seconds from the first poll; None waits for ever). The
    official client polls every 5 s for 5 minutes; this starts sooner and backs off.

    >>> WaitPolicy(interval=1, backoff=2, interval_max=5).pause(3)
    5.0
    """

    timeout: float | None = attrs.field(default=300.0, validator=_positive_or_none)
    interval: float = attrs.field(default=1.0, validator=_non_negative)
    interval_max: float = attrs.field(default=15.0, validator=_non_negative)
    backoff: float = attrs.field(default=1.5, validator=_exp_base)

    def pause(self, n: int) -> float:
        """Seconds to pause after poll number ``n`` (0-based), before the deadline cuts it."""
        try:
            return float(min(self.interval_max, self.interval * self.backoff**n))
        except OverflowError:  # float ** int overflows long before interval_max is reached
            return float(self.interval_max)


class _Schedule:
    """One wait's deadline and pauses, by an injected clock: the one place that decides."""

    def __init__(self, policy: WaitPolicy, clock: Callable[[], float]) -> None:
        self._policy = policy
        self._clock = clock
        self._started = clock()
        self.polls = 0

    @property
    def waited(self) -> float:
        return self._clock() - self._started

    def next_pause(self) -> float | None:
        """The pause before the next poll, or None when the deadline has passed."""
        pause = self._policy.pause(self.polls - 1)
        if self._policy.timeout is None:
            return pause
        left = self._policy.timeout - self.waited
        return None if left <= 0 else min(pause, left)

    def timed_out(self, what: str, last: object) -> WaitTimeoutError:
        return WaitTimeoutError(
            f"gave up waiting for {what} after {self.polls} polls in {self.waited:.1f}s "
            f"(timeout {self._policy.timeout:g}s)",
            what=what,
            polls=self.polls,
            waited=self.waited,
            last=last,
        )


def _check(
    value: T, done: Callable[[T], bool], failed: Callable[[T], str | None], what: str
) -> bool:
    status = failed(value)
    if status is not None:
        raise TaskFailedError(f"{what} failed: {status}", what=what, status=status, last=value)
    return done(value)


def _never_failed(value: object) -> str | None:
    return None


def task_status(value: object) -> str:
    """The ``status`` a task operation answered, as text (``"Success"``, ``"PENDING"``)."""
    status = getattr(value, "status", None)
    if status is None and isinstance(value, dict):
        status = value.get("status")
    if status is None or isinstance(status, Unset):
        raise TypeError(f"expected an answer with a status, got {type(value).__name__}")
    return str(status)


def task_finished(value: object) -> bool:
    """Whether a task's ``status`` is one of :data:`FINISHED_STATUSES`."""
    return task_status(value).lower() in FINISHED_STATUSES


def task_failed(value: object) -> str | None:
    """The task's ``status`` when it is one of :data:`FAILED_STATUSES`, else None."""
    status = task_status(value)
    return status if status.lower() in FAILED_STATUSES else None


def documents_pending(documents: list[RetrieverDocumentEmbedding]) -> list[str]:
    """The names of the documents not trained yet (``is_trained`` false or absent)."""
    return [_name(d) for d in documents if d.is_trained is not True]


def documents_failed(documents: list[RetrieverDocumentEmbedding]) -> str | None:
    """``failed: <names>`` when a document's training failed, else None."""
    failed = [_name(d) for d in documents if d.training_status == "failed"]
    return f"training failed for {', '.join(failed)}" if failed else None


def _name(document: RetrieverDocumentEmbedding) -> str:
    name = document.document_name
    return repr(name if isinstance(name, str) else document.id)


def _pathway(pathway: str) -> str:
    return f"the documents of pathway {pathway!r} to be trained"


class AsyncWaiter:
    """Polls with ``await`` and pauses with ``sleep`` (``asyncio.sleep``); see the module."""

    def __init__(
        self,
        policy: WaitPolicy | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.policy = WaitPolicy() if policy is None else policy
        self._clock = clock
        self._sleep = sleep

    async def until(
        self,
        poll: Callable[[], Awaitable[T]],
        done: Callable[[T], bool],
        *,
        failed: Callable[[T], str | None] = _never_failed,
        what: str = "the condition",
    ) -> T:
        """Call ``poll()`` until ``done(value)``; return that value.

        ``failed(value)`` returning text raises :class:`~ibl_client.TaskFailedError` with it;
        the deadline raises :class:`~ibl_client.WaitTimeoutError` with the last value.
        """
        schedule = _Schedule(self.policy, self._clock)
        last: T | None = None
        while True:
            last = await poll()
            schedule.polls += 1
            if _check(last, done, failed, what):
                return last
            pause = schedule.next_pause()
            if pause is None:
                raise schedule.timed_out(what, last)
            await self._sleep(pause)

    async def task(self, poll: Callable[[], Awaitable[T]], *, what: str = "the task") -> T:
        """Poll a task operation until its status is finished (see :func:`task_finished`).

        >>> # retrieve = ibl.ai_mentor.ai_mentor_orgs_users_course_creation_tasks_retrieve
        >>> # await waiter.task(lambda: retrieve(org, user_id, id=7))
        """
        return await self.until(poll, task_finished, failed=task_failed, what=what)

    async def documents_trained(
        self, ibl: AsyncClient, *, org: str, user_id: str, pathway: str
    ) -> list[RetrieverDocumentEmbedding]:
        """Wait until every document of ``pathway`` is trained (every page of the list);
        return them. A pathway with no document yet is not trained: keep waiting."""

        async def documents() -> list[RetrieverDocumentEmbedding]:
            pager = ibl.ai_index.ai_index_orgs_users_documents_pathways_list_iter(
                org, user_id, pathway
            )
            return [document async for document in pager]

        return await self.until(
            documents,
            lambda found: bool(found) and not documents_pending(found),
            failed=documents_failed,
            what=_pathway(pathway),
        )


class Waiter:
    """The sync twin of :class:`AsyncWaiter`: polls and pauses (``time.sleep``) in turn."""

    def __init__(
        self,
        policy: WaitPolicy | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        self.policy = WaitPolicy() if policy is None else policy
        self._clock = clock
        self._sleep = sleep

    def until(
        self,
        poll: Callable[[], T],
        done: Callable[[T], bool],
        *,
        failed: Callable[[T], str | None] = _never_failed,
        what: str = "the condition",
    ) -> T:
        """See :meth:`AsyncWaiter.until`."""
        schedule = _Schedule(self.policy, self._clock)
        while True:
            last = poll()
            schedule.polls += 1
            if _check(last, done, failed, what):
                return last
            pause = schedule.next_pause()
            if pause is None:
                raise schedule.timed_out(what, last)
            self._sleep(pause)

    def task(self, poll: Callable[[], T], *, what: str = "the task") -> T:
        """See :meth:`AsyncWaiter.task`."""
        return self.until(poll, task_finished, failed=task_failed, what=what)

    def documents_trained(
        self, ibl: Client, *, org: str, user_id: str, pathway: str
    ) -> list[RetrieverDocumentEmbedding]:
        """See :meth:`AsyncWaiter.documents_trained`."""

        def documents() -> list[RetrieverDocumentEmbedding]:
            return list(
                ibl.ai_index.ai_index_orgs_users_documents_pathways_list_iter(org, user_id, pathway)
            )

        return self.until(
            documents,
            lambda found: bool(found) and not documents_pending(found),
            failed=documents_failed,
            what=_pathway(pathway),
        )
