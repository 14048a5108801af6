"""Auto-pagination: walk a list operation page after page, as items or as pages.

Every pageable operation (see ``PAGINATION`` in its generated module) has an ``_iter`` twin in
its tag group, returning a pager typed by the model of its ``results``::

    async with AsyncClient() as ibl:
        async for role in ibl.core.core_rbac_roles_list_iter(platform_key="acme", page_size=100):
            print(role.name)

``paginate(operation.asyncio, ..., client=ibl)`` does the same for a module-level function.

Two styles, named after the DRF classes that produce them: ``"page_number"`` (``page`` and
``page_size``) and ``"limit_offset"`` (``limit`` and ``offset``). The walk starts from the
``page`` (or ``offset``) you pass, and stops when ``next`` is null, a page is empty, ``count``
items have been reached, or ``max_items`` have been given. The next page's number (or offset and
limit) is read from the query of DRF's ``next`` link, or computed when there is none; the request
always goes to the client's ``base_url``: the scheme and host of ``next`` are never used, so a
credential never follows a link to another host (e.g. an internal name behind a proxy).

Each page is one call of the generated operation, so retries, timeouts and typed errors apply per
page. An error is the operation's typed error with two attributes added, ``page`` and ``offset``
(the position asked for; the other is ``None``), and a note naming them.

With ``prefetch`` (the default) the next page is requested while the caller works on the current
one: at most one page ahead, so memory is bounded by two pages. The async pager cancels that
request when the iteration ends early (``break``, an exception, task cancellation, ``aclose()``
or leaving ``async with``); the sync pager, whose prefetch runs in a thread, waits for it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import inspect
import sys
import weakref
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar, overload
from urllib.parse import parse_qs, urlsplit

import attrs

from ._errors import ConfigurationError, IBLError

__all__ = ["AsyncPager", "Page", "Pager", "paginate"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

STYLES = ("page_number", "limit_offset")
#: Python names of the ``next`` link in the generated page models (``next`` is a builtin).
NEXT_FIELDS = ("next_", "next_page")


class PageModel(Protocol[T_co]):
    """What a page of a pageable operation holds: its items as ``results``."""

    @property
    def results(self) -> Sequence[T_co]: ...


@attrs.frozen
class Page(Generic[T]):
    """One page of a walk: its items and where it sits.

    ``number`` is the page number (page-number operations) and ``offset`` the position of the
    first item (limit/offset operations); the other is ``None``. ``count`` and ``next`` are the
    server's, ``model`` the whole parsed response (e.g. a search's ``facets``). With
    ``max_items``, the last page's ``items`` are cut to it.
    """

    items: Sequence[T]
    number: int | None
    offset: int | None
    count: int | None
    next: str | None
    model: Any = attrs.field(repr=False)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _query_int(query: Mapping[str, list[str]], name: str) -> int | None:
    try:
        return int(query[name][0])
    except (KeyError, IndexError, ValueError):
        return None


class _Walk(Generic[T]):
    """Where a walk is and when it stops: the logic both pagers share (they only do the I/O)."""

    def __init__(
        self,
        operation_id: str,
        style: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        max_items: int | None,
    ) -> None:
        self.operation_id = operation_id
        self.style = style
        self.args = args
        self.kwargs = dict(kwargs)
        self.max_items = max_items
        self.seen = 0
        self.done = max_items == 0
        if style == "page_number":
            self.page: int | None = _int(self.kwargs.get("page")) or 1
            self.offset: int | None = None
            # Where this page's first item sits, to compare with `count`: unknown when the walk
            # starts on a later page, as the server may cap the page size it was asked for.
            self.position: int | None = 0 if self.page == 1 else None
        else:
            self.page = None
            self.offset = self.position = _int(self.kwargs.get("offset")) or 0

    def call_kwargs(self) -> tuple[int | None, int | None, dict[str, Any]]:
        """The position asked for and the keyword arguments of the next call."""
        return self.page, self.offset, dict(self.kwargs)

    def fail(self, exc: IBLError, page: int | None, offset: int | None) -> None:
        """Tell the error which page it happened on."""
        exc.page = page
        exc.offset = offset
        where = f"page {page}" if page is not None else f"offset {offset}"
        if sys.version_info >= (3, 11):
            exc.add_note(f"while fetching {where} of {self.operation_id}")

    def advance(self, model: Any) -> Page[T]:
        """Take one page's model: the page to give, and the next call (or ``done``)."""
        results: Sequence[T] = list(getattr(model, "results", None) or ())
        count = _int(getattr(model, "count", None))
        link: str | None = None
        says_last = False
        for name in NEXT_FIELDS:
            if hasattr(model, name):
                value = getattr(model, name)
                link = value if isinstance(value, str) and value else None
                says_last = link is None and (value is None or value == "")
                break
        items = results
        if self.max_items is not None:
            items = results[: self.max_items - self.seen]
        self.seen += len(items)
        page = Page(items, self.page, self.offset, count, link, model)
        if (
            not results
            or says_last
            or (
                count is not None
                and self.position is not None
                and self.position + len(results) >= count
            )
            or (self.max_items is not None and self.seen >= self.max_items)
        ):
            self.done = True
            return page
        if self.position is not None:
            self.position += len(results)
        query = parse_qs(urlsplit(link).query) if link else {}
        if self.style == "page_number":
            assert self.page is not None
            number = _query_int(query, "page") or self.page + 1
            if number <= self.page:  # a link that does not move forward would loop
                self.done = True
                return page
            self.page = self.kwargs["page"] = number
        else:
            assert self.offset is not None
            following = _query_int(query, "offset")
            if following is None:
                following = self.offset + len(results)
            if following <= self.offset:
                self.done = True
                return page
            limit = _query_int(query, "limit")
            if limit is not None:
                self.kwargs["limit"] = limit
            self.offset = self.kwargs["offset"] = following
        return page


def _check_max_items(max_items: int | None) -> None:
    if max_items is not None and (
        isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
    ):
        raise ConfigurationError(f"max_items: expected an integer >= 0 or None, got {max_items!r}")


class AsyncPager(Generic[T]):
    """The items of a pageable operation, page after page: ``async for item in pager``.

    ``pager.pages()`` gives the :class:`Page` objects instead. Each iteration walks from the
    starting page again. ``async with pager`` (or ``await pager.aclose()``) ends any walk still
    open, cancelling its prefetch; breaking out of ``async for`` does it too, a moment later.
    """

    def __init__(
        self,
        operation: Callable[..., Awaitable[Any]],
        style: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        *,
        operation_id: str,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> None:
        _check_max_items(max_items)
        self._operation = operation
        self._style = style
        self._args = args
        self._kwargs = dict(kwargs)
        self._operation_id = operation_id
        self._max_items = max_items
        self._prefetch = prefetch
        self._open: weakref.WeakSet[AsyncGenerator[Any, None]] = weakref.WeakSet()
        # Prefetches in flight, held here too: after a `break` the loop finalises the abandoned
        # walk only later (and it has left `_open`), so `aclose()` cancels them itself.
        self._ahead: set[asyncio.Task[Any]] = set()
        # A second cancel() would interrupt httpcore's shielded clean-up and strand the
        # connection, so each prefetch is cancelled once, whoever gets there first.
        self._cancelled: weakref.WeakSet[asyncio.Task[Any]] = weakref.WeakSet()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._track(self._items())

    def pages(self) -> AsyncIterator[Page[T]]:
        """The pages, each with its items, number or offset, ``count`` and model."""
        return self._track(self._pages())

    async def aclose(self) -> None:
        """End every walk of this pager still open, cancelling its prefetch."""
        for walk in list(self._open):
            with contextlib.suppress(RuntimeError):  # one running in another task
                await walk.aclose()
        if self._ahead:
            for ahead in self._ahead:
                self._cancel(ahead)
            await asyncio.wait(self._ahead)

    def _cancel(self, task: asyncio.Task[Any]) -> None:
        if not task.done() and task not in self._cancelled:
            self._cancelled.add(task)
            task.cancel()

    async def __aenter__(self) -> AsyncPager[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def _track(self, walk: AsyncGenerator[Any, None]) -> AsyncGenerator[Any, None]:
        self._open.add(walk)
        return walk

    async def _items(self) -> AsyncGenerator[T, None]:
        async with contextlib.aclosing(self._pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item

    async def _fetch(
        self, walk: _Walk[T], call: tuple[int | None, int | None, dict[str, Any]]
    ) -> Any:
        page, offset, kwargs = call
        try:
            return await self._operation(*walk.args, **kwargs)
        except IBLError as exc:
            walk.fail(exc, page, offset)
            raise

    async def _pages(self) -> AsyncGenerator[Page[T], None]:
        walk: _Walk[T] = _Walk(
            self._operation_id, self._style, self._args, self._kwargs, self._max_items
        )
        ahead: asyncio.Task[Any] | None = None
        try:
            if walk.done:
                return
            model = await self._fetch(walk, walk.call_kwargs())
            while True:
                page = walk.advance(model)
                if not walk.done and self._prefetch:
                    ahead = asyncio.create_task(self._fetch(walk, walk.call_kwargs()))
                    self._ahead.add(ahead)
                    ahead.add_done_callback(self._ahead.discard)
                yield page
                if walk.done:
                    return
                if ahead is None:
                    model = await self._fetch(walk, walk.call_kwargs())
                else:
                    model = await ahead
                    ahead = None
        finally:
            if ahead is not None:
                self._cancel(ahead)
                await asyncio.wait({ahead})
                if not ahead.cancelled():
                    ahead.exception()  # retrieved: the walk is over, nobody will raise it


class Pager(Generic[T]):
    """The sync twin of :class:`AsyncPager`: ``for item in pager``; ``pager.pages()``.

    Its prefetch runs in a worker thread; ending a walk early waits for a request in flight
    (within the client's timeout) rather than cancelling it.
    """

    def __init__(
        self,
        operation: Callable[..., Any],
        style: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        *,
        operation_id: str,
        max_items: int | None = None,
        prefetch: bool = True,
    ) -> None:
        _check_max_items(max_items)
        self._operation = operation
        self._style = style
        self._args = args
        self._kwargs = dict(kwargs)
        self._operation_id = operation_id
        self._max_items = max_items
        self._prefetch = prefetch
        self._open: weakref.WeakSet[Generator[Any, None, None]] = weakref.WeakSet()

    def __iter__(self) -> Iterator[T]:
        return self._track(self._items())

    def pages(self) -> Iterator[Page[T]]:
        """The pages, each with its items, number or offset, ``count`` and model."""
        return self._track(self._pages())

    def close(self) -> None:
        """End every walk of this pager still open."""
        for walk in list(self._open):
            walk.close()

    def __enter__(self) -> Pager[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _track(self, walk: Generator[Any, None, None]) -> Generator[Any, None, None]:
        self._open.add(walk)
        return walk

    def _items(self) -> Generator[T, None, None]:
        with contextlib.closing(self._pages()) as pages:
            for page in pages:
                yield from page.items

    def _fetch(self, walk: _Walk[T], call: tuple[int | None, int | None, dict[str, Any]]) -> Any:
        page, offset, kwargs = call
        try:
            return self._operation(*walk.args, **kwargs)
        except IBLError as exc:
            walk.fail(exc, page, offset)
            raise

    def _pages(self) -> Generator[Page[T], None, None]:
        walk: _Walk[T] = _Walk(
            self._operation_id, self._style, self._args, self._kwargs, self._max_items
        )
        if walk.done:
            return
        worker = concurrent.futures.ThreadPoolExecutor(1) if self._prefetch else None
        ahead: concurrent.futures.Future[Any] | None = None
        try:
            model = self._fetch(walk, walk.call_kwargs())
            while True:
                page = walk.advance(model)
                if not walk.done and worker is not None:
                    ahead = worker.submit(self._fetch, walk, walk.call_kwargs())
                yield page
                if walk.done:
                    return
                if ahead is None:
                    model = self._fetch(walk, walk.call_kwargs())
                else:
                    model = ahead.result()
                    ahead = None
        finally:
            if ahead is not None and not ahead.cancel():
                concurrent.futures.wait([ahead])
                ahead.exception()  # retrieved: the walk is over, nobody will raise it
            if worker is not None:
                worker.shutdown(wait=True)


def _describe(operation: Callable[..., Any]) -> tuple[str, str]:
    """The operation id and pagination style its generated module declares."""
    module = sys.modules.get(getattr(operation, "__module__", "") or "")
    style = getattr(module, "PAGINATION", None)
    name = getattr(module, "OPERATION_ID", getattr(operation, "__qualname__", repr(operation)))
    if style not in STYLES:
        raise TypeError(
            f"{name} is not a pageable operation: its module declares no PAGINATION "
            f"(pass a generated operation function such as <module>.asyncio or <module>.sync)"
        )
    return str(name), str(style)


@overload
def paginate(
    operation: Callable[..., Awaitable[PageModel[T]]],
    /,
    *args: Any,
    max_items: int | None = None,
    prefetch: bool = True,
    **kwargs: Any,
) -> AsyncPager[T]: ...


@overload
def paginate(
    operation: Callable[..., PageModel[T]],
    /,
    *args: Any,
    max_items: int | None = None,
    prefetch: bool = True,
    **kwargs: Any,
) -> Pager[T]: ...


def paginate(
    operation: Callable[..., Any],
    /,
    *args: Any,
    max_items: int | None = None,
    prefetch: bool = True,
    **kwargs: Any,
) -> AsyncPager[Any] | Pager[Any]:
    """A pager over a generated operation function, called with the arguments given.

    >>> from ibl_client.generated.api.core import core_rbac_roles_list
    >>> roles = paginate(core_rbac_roles_list.asyncio, client=ibl, page_size=100)  # doctest: +SKIP
    >>> async for role in roles:  # doctest: +SKIP
    ...     print(role.name)

    ``asyncio`` gives an :class:`AsyncPager`, ``sync`` a :class:`Pager`. Pass ``page`` (or
    ``offset``) to start further on, ``page_size`` (or ``limit``) to choose the page size.
    """
    operation_id, style = _describe(operation)
    pager = AsyncPager if inspect.iscoroutinefunction(operation) else Pager
    return pager(
        operation,
        style,
        args,
        kwargs,
        operation_id=operation_id,
        max_items=max_items,
        prefetch=prefetch,
    )
