"""Auto-pagination: walk a list operation page after page, as items or as pages.

Every pageable operation (``Operation.pagination`` of its descriptor) has an ``_iter`` twin in
its tag group, returning a pager typed by the model of its items::

    async with AsyncClient() as ibl:
        async for role in ibl.core.core_rbac_roles_list_iter(platform_key="acme", page_size=100):
            print(role.name)

``paginate(operation.asyncio, ..., client=ibl)`` does the same for a module-level function.

The styles are data, one `Envelope` each (ibl_client/_envelopes.py): where a page's items are
(``results``, ``data``, ``learners``, ``rows``, the body itself...), the server's total, a link to
the next page, the page's number and the number of pages. DRF's PageNumberPagination
(``page_number``: ``page`` and ``page_size`` in, ``{count, next, previous, results}`` out) and
LimitOffsetPagination (``limit_offset``), ibl.ai's analytics lists (``data_pagination``: ``{data,
pagination: {totalItems, currentPage, perPage, totalPages}}``) and the newer envelopes are entries
of one table, walked by one strategy (``_Style``). The walk starts from the ``page`` (or
``offset``) you pass, and stops when the page says it is the last (its ``next`` link is null,
or its number reaches the number of pages), a page is empty, the server's total has been
reached, or ``max_items`` have been given. The next page's number (or offset and limit) is read
from the query of the ``next`` link, or computed when there is none; an operation without a
``page`` parameter (the server pages it anyway) is asked for it in ``extra_query``. The request
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

import contextlib
import inspect
import re
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

from ._envelopes import ENVELOPES, Envelope
from ._errors import ConfigurationError, IBLError
from ._types import Unset

if TYPE_CHECKING:
    # Imported where used: asyncio alone costs an import of ibl_client ~15 ms, and a sync
    # program never needs it (nor an async one the thread pool of the sync pager).
    import asyncio
    import concurrent.futures

    from ._operation import Operation


__all__ = ["AsyncPager", "Page", "Pager", "paginate"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PageModel(Protocol[T_co]):
    """A page of DRF's envelope (``page_number``, ``limit_offset``): its items as ``results``."""

    @property
    def results(self) -> Sequence[T_co]: ...


class DataPageModel(Protocol[T_co]):
    """A page of the ``data_pagination`` envelope: its items as ``data`` (optional in the spec)."""

    @property
    def data(self) -> Sequence[T_co] | Unset: ...


class LearnersPageModel(Protocol[T_co]):
    """A page whose items are ``learners`` (``learners_pagination``)."""

    @property
    def learners(self) -> Sequence[T_co]: ...


class RowsPageModel(Protocol[T_co]):
    """A page whose items are ``rows`` (``rows``; any JSON in the description)."""

    @property
    def rows(self) -> Sequence[T_co] | Any: ...


class RecommendationsPageModel(Protocol[T_co]):
    """A page whose items are ``recommendations`` (``recommendations``)."""

    @property
    def recommendations(self) -> Sequence[T_co]: ...


#: What a pageable operation answers, for type checkers: an envelope holding its items under
#: one of these names, or the list of items itself (``bare_list``).
AnyPage = (
    PageModel[T]
    | DataPageModel[T]
    | LearnersPageModel[T]
    | RowsPageModel[T]
    | RecommendationsPageModel[T]
    | list[T]
)


@attrs.frozen
class Page(Generic[T]):
    """One page of a walk: its items and where it sits.

    ``number`` is the page number (styles that ask for pages) and ``offset`` the position of the
    first item (``limit_offset``); the other is ``None``. ``count`` is the server's total (e.g.
    ``count`` or ``pagination.totalItems``), ``next`` its link to the next page if the style has
    one, ``model`` the whole parsed response (e.g. a search's ``facets``, an analytics list's
    ``pagination``). With ``max_items``, the last page's ``items`` are cut to it.
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


#: A value a page does not have (absent, or UNSET in a model): no verdict, unlike null.
_ABSENT = object()
_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _field(value: Any, name: str) -> Any:
    """``value``'s member called ``name`` in the description (JSON): a key of a dict, or the
    model attribute whose JSON name it is (``currentPage`` is ``current_page``, ``next`` is
    ``next_``: the model's ``_JSON_NAMES``), or a key it kept in ``additional_properties``."""
    if isinstance(value, Mapping):
        return value.get(name, _ABSENT)
    json_names: Mapping[str, str] = getattr(type(value), "_JSON_NAMES", {})
    python = _CAMEL.sub(r"_\1", name).lower()
    for attribute in (python, f"{python}_"):
        if json_names.get(attribute, attribute) != name:
            continue  # another field: `current_page` is not `currentPage`
        found = getattr(value, attribute, _ABSENT)
        if found is not _ABSENT and not callable(found):
            return _ABSENT if isinstance(found, Unset) else found
    extra = getattr(value, "additional_properties", None)
    return extra.get(name, _ABSENT) if isinstance(extra, Mapping) else _ABSENT


def _get(model: Any, path: str) -> Any:
    """The value at a dotted JSON path (``pagination.currentPage``) of a page, or ``_ABSENT``."""
    value = model
    for name in path.split("."):
        if value is _ABSENT or value is None:
            return _ABSENT
        value = _field(value, name)
    return value


@attrs.frozen
class _Reading(Generic[T]):
    """What one page says, whatever its style: its items, the server's total, and whether it is
    the last (``last``) or where the next one is (``link``)."""

    items: Sequence[T]
    count: int | None
    link: str | None = None
    last: bool = False


class _Style:
    """How a walk pages in one style (an `Envelope`): where it starts, what a page says, how the
    next page is asked for.

    ``page`` and ``offset`` are the position being asked for (the one the style does not use is
    ``None``); ``start`` is where its first item sits, ``None`` when unknown. ``in_query``: the
    operation has no parameter for the position, so it goes in ``extra_query``.
    """

    def __init__(self, envelope: Envelope, kwargs: Mapping[str, Any], in_query: bool) -> None:
        self.envelope = envelope
        self.in_query = in_query
        asked = dict(kwargs.get("extra_query") or {}) if in_query else kwargs
        self.page: int | None = None
        self.offset: int | None = None
        self.start: int | None
        if envelope.asks == "offset":
            self.offset = self.start = _int(asked.get("offset")) or 0
        else:
            self.page = _int(asked.get("page")) or 1
            # The position of the first item, to compare with the total: unknown when the walk
            # starts on a later page, as the server may cap the page size it was asked for.
            self.start = 0 if self.page == 1 else None

    def read(self, model: Any) -> _Reading[Any]:
        envelope = self.envelope
        items = model if envelope.items == "" else _get(model, envelope.items)
        link: str | None = None
        last = False
        if envelope.next:
            value = _get(model, envelope.next)
            link = value if isinstance(value, str) and value else None
            last = value is None or value == ""  # absent: no verdict
        if envelope.page and envelope.pages:
            current, pages = _int(_get(model, envelope.page)), _int(_get(model, envelope.pages))
            last = last or (current is not None and pages is not None and current >= pages)
        total = _int(_get(model, envelope.total)) if envelope.total else None
        return _Reading(list(items) if isinstance(items, (list, tuple)) else [], total, link, last)

    def move(self, kwargs: dict[str, Any], reading: _Reading[Any]) -> bool:
        """Set the next page's arguments in ``kwargs``; ``False`` if that would not move on."""
        changes: dict[str, int] = {}
        if self.offset is not None:
            following = _query_int(reading.link, "offset")
            if following is None:
                following = self.offset + len(reading.items)
            if following <= self.offset:
                return False
            limit = _query_int(reading.link, "limit")
            if limit is not None:
                changes["limit"] = limit
            self.offset = changes["offset"] = following
        else:
            assert self.page is not None
            number = _query_int(reading.link, "page") or self.page + 1
            if number <= self.page:  # a link that does not move forward would loop
                return False
            self.page = changes["page"] = number
        if self.in_query:
            kwargs["extra_query"] = {**(kwargs.get("extra_query") or {}), **changes}
        else:
            kwargs.update(changes)
        return True


#: The styles an operation's descriptor (``Operation.pagination``) may name
#: (ibl_client/_envelopes.py).
STYLES: Mapping[str, Envelope] = {envelope.name: envelope for envelope in ENVELOPES}


class _Walk(Generic[T]):
    """Where a walk is and when it stops: the logic both pagers share (they only do the I/O)."""

    def __init__(
        self,
        operation_id: str,
        style: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        max_items: int | None,
        in_query: bool,
    ) -> None:
        self.operation_id = operation_id
        self.style = _Style(STYLES[style], kwargs, in_query)
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

    Built by :func:`paginate` (and an operation's ``_iter`` method), which passes every option.
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
        max_items: int | None,
        prefetch: bool,
        in_query: bool,
    ) -> None:
        _check_max_items(max_items)
        self._operation = operation
        self._in_query = in_query
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
            self._operation_id,
            self._style,
            self._args,
            self._kwargs,
            self._max_items,
            self._in_query,
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
        max_items: int | None,
        prefetch: bool,
        in_query: bool,
    ) -> None:
        _check_max_items(max_items)
        self._operation = operation
        self._in_query = in_query
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
            self._operation_id,
            self._style,
            self._args,
            self._kwargs,
            self._max_items,
            self._in_query,
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
    operation: Callable[..., Awaitable[AnyPage[T]]],
    /,
    *args: Any,
    max_items: int | None = None,
    prefetch: bool = True,
    **kwargs: Any,
) -> AsyncPager[T]: ...


@overload
def paginate(
    operation: Callable[..., AnyPage[T]],
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
    asked = "offset" if STYLES[style].asks == "offset" else "page"
    return pager(
        operation,
        style,
        args,
        kwargs,
        operation_id=operation_id,
        max_items=max_items,
        prefetch=prefetch,
        in_query=asked not in inspect.signature(operation).parameters,
    )
