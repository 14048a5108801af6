"""Auto-pagination: walk a list operation page after page, as items or as pages.

Every pageable operation (``Operation.pagination`` of its descriptor) has an ``_iter`` twin in
its tag group, returning a pager typed by the model of its items (``results`` or ``data``)::

    async with AsyncClient() as ibl:
        async for role in ibl.core.core_rbac_roles_list_iter(platform_key="acme", page_size=100):
            print(role.name)

``paginate(operation.asyncio, ..., client=ibl)`` does the same for a module-level function.

Three styles, each a small strategy below: ``"page_number"`` (DRF's PageNumberPagination: ``page``
and ``page_size`` in, ``{count, next, previous, results}`` out), ``"limit_offset"`` (DRF's
LimitOffsetPagination: ``limit`` and ``offset`` in, the same envelope out) and
``"data_pagination"`` (ibl.ai's analytics lists: ``page`` and ``length`` in, ``{data, pagination:
{totalItems, currentPage, perPage, totalPages}}`` out). The walk starts from the ``page`` (or
``offset``) you pass, and stops when the page says it is the last (``next`` is null, or
``currentPage >= totalPages``), a page is empty, the server's total (``count``, ``totalItems``)
has been reached, or ``max_items`` have been given. The next page's number (or offset and limit)
is read from the query of DRF's ``next`` link, or computed when there is none; the request always
goes to the client's ``base_url``: the scheme and host of ``next`` are never used, so a
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
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload
from urllib.parse import parse_qs, urlsplit

import attrs

from ._errors import ConfigurationError, IBLError

if TYPE_CHECKING:
    # Imported where used: asyncio alone costs an import of ibl_client ~15 ms, and a sync
    # program never needs it (nor an async one the thread pool of the sync pager).
    import asyncio
    import concurrent.futures

    from ._operation import Operation
    from ._types import Unset

__all__ = ["AsyncPager", "Page", "Pager", "paginate"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Python names of the ``next`` link in the generated page models (``next`` is a builtin).
NEXT_FIELDS = ("next_", "next_page")


class PageModel(Protocol[T_co]):
    """A page of DRF's envelope (``page_number``, ``limit_offset``): its items as ``results``."""

    @property
    def results(self) -> Sequence[T_co]: ...


class DataPageModel(Protocol[T_co]):
    """A page of the ``data_pagination`` envelope: its items as ``data`` (optional in the spec)."""

    @property
    def data(self) -> Sequence[T_co] | Unset: ...


@attrs.frozen
class Page(Generic[T]):
    """One page of a walk: its items and where it sits.

    ``number`` is the page number (``page_number`` and ``data_pagination`` operations) and
    ``offset`` the position of the first item (``limit_offset`` operations); the other is ``None``.
    ``count`` is the server's total (``count`` or ``pagination.totalItems``), ``next`` its DRF link
    (``None`` for ``data_pagination``), ``model`` the whole parsed response (e.g. a search's
    ``facets``, an analytics list's ``pagination``). With ``max_items``, the last page's ``items``
    are cut to it.
    """

    items: Sequence[T]
    number: int | None
    offset: int | None
    count: int | None
    next: str | None
    model: Any = attrs.field(repr=False)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _query_int(link: str | None, name: str) -> int | None:
    try:
        return int(parse_qs(urlsplit(link).query)[name][0]) if link else None
    except (KeyError, IndexError, ValueError):
        return None


@attrs.frozen
class _Reading(Generic[T]):
    """What one page says, whatever its style: its items, the server's total, and whether it is
    the last (``last``) or where the next one is (``link``)."""

    items: Sequence[T]
    count: int | None
    link: str | None = None
    last: bool = False


def _read_drf(model: Any) -> _Reading[Any]:
    """DRF's envelope: ``results``, ``count``, and a ``next`` link that is null on the last page."""
    link: str | None = None
    last = False
    for name in NEXT_FIELDS:
        if hasattr(model, name):
            value = getattr(model, name)
            link = value if isinstance(value, str) and value else None
            last = link is None and (value is None or value == "")  # not UNSET: no verdict
            break
    results = list(getattr(model, "results", None) or ())
    return _Reading(results, _int(getattr(model, "count", None)), link, last)


class _Style:
    """How one style pages: where the walk starts, what a page says, how to ask for the next.

    ``page`` and ``offset`` are the position being asked for (the one the style does not use is
    ``None``); ``start`` is where its first item sits, ``None`` when unknown.
    """

    page: int | None = None
    offset: int | None = None
    start: int | None = None

    def read(self, model: Any) -> _Reading[Any]:
        raise NotImplementedError

    def move(self, kwargs: dict[str, Any], reading: _Reading[Any]) -> bool:
        """Set the next page's arguments in ``kwargs``; ``False`` if that would not move on."""
        raise NotImplementedError


class _PageNumber(_Style):
    """``page_number``: DRF's PageNumberPagination; the next page is the one in ``next``, or +1."""

    def __init__(self, kwargs: Mapping[str, Any]) -> None:
        self.page = _int(kwargs.get("page")) or 1
        # The position of the first item, to compare with the total: unknown when the walk starts
        # on a later page, as the server may cap the page size it was asked for.
        self.start = 0 if self.page == 1 else None

    def read(self, model: Any) -> _Reading[Any]:
        return _read_drf(model)

    def move(self, kwargs: dict[str, Any], reading: _Reading[Any]) -> bool:
        assert self.page is not None
        number = _query_int(reading.link, "page") or self.page + 1
        if number <= self.page:  # a link that does not move forward would loop
            return False
        self.page = kwargs["page"] = number
        return True


class _DataPagination(_PageNumber):
    """``data_pagination``: page numbers as ``page_number``, items in ``data`` and the totals in
    ``pagination``; the last page is the one whose ``currentPage`` reaches ``totalPages``."""

    def read(self, model: Any) -> _Reading[Any]:
        totals = getattr(model, "pagination", None)
        current = _int(getattr(totals, "current_page", None))
        pages = _int(getattr(totals, "total_pages", None))
        return _Reading(
            list(getattr(model, "data", None) or ()),  # UNSET when the server leaves it out
            _int(getattr(totals, "total_items", None)),
            last=current is not None and pages is not None and current >= pages,
        )


class _LimitOffset(_Style):
    """``limit_offset``: DRF's LimitOffsetPagination; the next offset (and limit) is the one in
    ``next``, or the current offset plus the items received."""

    def __init__(self, kwargs: Mapping[str, Any]) -> None:
        self.offset = self.start = _int(kwargs.get("offset")) or 0

    def read(self, model: Any) -> _Reading[Any]:
        return _read_drf(model)

    def move(self, kwargs: dict[str, Any], reading: _Reading[Any]) -> bool:
        assert self.offset is not None
        following = _query_int(reading.link, "offset")
        if following is None:
            following = self.offset + len(reading.items)
        if following <= self.offset:
            return False
        limit = _query_int(reading.link, "limit")
        if limit is not None:
            kwargs["limit"] = limit
        self.offset = kwargs["offset"] = following
        return True


#: The styles an operation's descriptor (``Operation.pagination``) may name.
STYLES: Mapping[str, Callable[[Mapping[str, Any]], _Style]] = {
    "page_number": _PageNumber,
    "limit_offset": _LimitOffset,
    "data_pagination": _DataPagination,
}


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
        self.style = STYLES[style](kwargs)
        self.args = args
        self.kwargs = dict(kwargs)
        self.max_items = max_items
        self.seen = 0
        self.position = self.style.start  # where the next page's first item sits, if known
        self.done = max_items == 0

    def call_kwargs(self) -> tuple[int | None, int | None, dict[str, Any]]:
        """The position asked for and the keyword arguments of the next call."""
        return self.style.page, self.style.offset, dict(self.kwargs)

    def fail(self, exc: IBLError, page: int | None, offset: int | None) -> None:
        """Tell the error which page it happened on."""
        exc.page = page
        exc.offset = offset
        where = f"page {page}" if page is not None else f"offset {offset}"
        if sys.version_info >= (3, 11):
            exc.add_note(f"while fetching {where} of {self.operation_id}")

    def advance(self, model: Any) -> Page[T]:
        """Take one page's model: the page to give, and the next call (or ``done``)."""
        reading = self.style.read(model)
        items = reading.items
        if self.max_items is not None:
            items = items[: self.max_items - self.seen]
        self.seen += len(items)
        page = Page(items, self.style.page, self.style.offset, reading.count, reading.link, model)
        if self.position is not None:
            self.position += len(reading.items)
        last = (
            not reading.items
            or reading.last
            or (
                reading.count is not None
                and self.position is not None
                and self.position >= reading.count
            )
            or (self.max_items is not None and self.seen >= self.max_items)
        )
        self.done = last or not self.style.move(self.kwargs, reading)
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
            import asyncio

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
        import asyncio

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
        import concurrent.futures

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
    """The operation id and pagination style of the descriptor a generated function carries
    (``_response.unwrapped`` gives it)."""
    described: Operation[Any] | None = getattr(operation, "operation", None)
    if described is None:
        raise TypeError(
            f"{getattr(operation, '__qualname__', repr(operation))} is not a generated operation "
            f"function (pass one such as <module>.asyncio or <module>.sync)"
        )
    if described.pagination not in STYLES:
        raise TypeError(
            f"{described.id} is not a pageable operation: its descriptor names no page style"
        )
    return described.id, str(described.pagination)


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
    operation: Callable[..., Awaitable[DataPageModel[T]]],
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


@overload
def paginate(
    operation: Callable[..., DataPageModel[T]],
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
    ``offset``) to start further on, ``page_size`` (``length``, ``limit``) to choose the page size.
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
