"""Operation groups, ``client.<tag>``: the classes generated in ``generated/api/<tag>/_group.py``.

An operation is written once in its tag's group, as the async method: its signature, its
documentation, and a body that calls the operation module's ``asyncio``. Its other forms are
derived here from that method, so they take the same arguments by construction; mypy and
pyright read their signatures through ``ParamSpec``::

    class AsyncCoreApi(AsyncGroup):
        @operation("core")                      # the module: generated/api/core/<name>.py
        async def core_orgs_list(self, org: str, *, page: int | Unset = UNSET) -> Orgs:
            ...                                 # calls core_orgs_list.asyncio
        core_orgs_list_detailed = detailed(core_orgs_list)      # asyncio_detailed

        @operation("core", pages=True)          # a pageable operation's pager
        def core_orgs_list_iter(self, org: str, ..., max_items=None, prefetch=True): ...

    class CoreApi(Group):                       # the sync twins, beside it
        core_orgs_list = twin(AsyncCoreApi.core_orgs_list)                    # sync
        core_orgs_list_detailed = twin(AsyncCoreApi.core_orgs_list_detailed)  # sync_detailed
        core_orgs_list_iter = twin(AsyncCoreApi.core_orgs_list_iter)          # paginate(sync)

A derived method imports its operation module on first call, so building a group imports none
of its operations. An ``_iter`` method keeps a signature of its own in the async group: it adds
``max_items`` and ``prefetch``, which a ``ParamSpec`` cannot add.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast, overload

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._pagination import AsyncPager, Pager
    from ._response import Response

__all__ = ["AsyncGroup", "Group", "detailed", "operation", "twin"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
G = TypeVar("G", bound="AsyncGroup")
M = TypeVar("M", bound=Callable[..., Any])

#: On a group's async method: (operation module, the function of it the method calls; "pages"
#: for an ``_iter`` method, which pages through ``asyncio``).
_CALLS = "__ibl_calls__"
#: The sync function that does what an async one does.
_SYNC = {"asyncio": "sync", "asyncio_detailed": "sync_detailed", "pages": "sync"}


class AsyncGroup:
    """Base of the async groups: the operations of one tag, bound to an `AsyncClient`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Group:
    """Base of the sync groups: the operations of one tag, bound to a `Client`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def operation(home: str, *, pages: bool = False) -> Callable[[M], M]:
    """Record where a group method's operation lives: ``generated/api/<home>/<operation>.py``.

    ``home`` is the first tag of the operation: one with several tags is generated once, under
    its first tag, and is a method of every tag's group. ``pages`` marks an ``<operation>_iter``
    method, a pager over the operation's pages.
    """

    def record(method: M) -> M:
        api = method.__module__.rsplit(".", 2)[0]  # <package>.generated.api
        name = method.__name__.removesuffix("_iter") if pages else method.__name__
        setattr(method, _CALLS, (f"{api}.{home}.{name}", "pages" if pages else "asyncio"))
        return method

    return record


def detailed(
    method: Callable[Concatenate[G, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[G, P], Coroutine[Any, Any, Response[R]]]:
    """The ``<operation>_detailed`` method of an async group: the module's ``asyncio_detailed``."""
    module, _ = _calls(method)

    async def call(self: G, /, *args: P.args, **kwargs: P.kwargs) -> Response[R]:
        function = _function(module, "asyncio_detailed")
        return cast("Response[R]", await function(*args, client=self._client, **kwargs))

    _describe(
        call,
        like=method,
        name=f"{method.__name__}_detailed",
        calls=(module, "asyncio_detailed"),
        doc=f"Like `{method.__name__}`, returning the whole `Response` and raising no status "
        "error.",
    )
    return call


@overload
def twin(
    method: Callable[Concatenate[Any, P], AsyncPager[T]],
) -> Callable[Concatenate[Group, P], Pager[T]]: ...


@overload
def twin(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[Group, P], R]: ...


def twin(method: Callable[..., Any]) -> Callable[..., Any]:
    """The sync group's method for an async group's: the module's ``sync`` or ``sync_detailed``,
    or a `Pager` over ``sync`` for an ``_iter`` method."""
    module, function_name = _calls(method)
    sync_name = _SYNC[function_name]

    if function_name == "pages":

        def call(self: Group, /, *args: Any, **kwargs: Any) -> Any:
            from ._pagination import paginate

            return paginate(_function(module, sync_name), *args, client=self._client, **kwargs)

    else:

        def call(self: Group, /, *args: Any, **kwargs: Any) -> Any:
            return _function(module, sync_name)(*args, client=self._client, **kwargs)

    owner = method.__qualname__.rsplit(".", 1)[0].removeprefix("Async")
    _describe(
        call,
        like=method,
        name=method.__name__,
        calls=(module, sync_name),
        doc=f"The sync twin of `{method.__qualname__}`.",
        owner=owner,
    )
    return call


@functools.cache
def _function(module: str, name: str) -> Callable[..., Any]:
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def _calls(method: Callable[..., Any]) -> tuple[str, str]:
    calls: tuple[str, str] | None = getattr(method, _CALLS, None)
    if calls is None:
        raise TypeError(f"{method.__qualname__} is not an operation method (see @operation)")
    return calls


def _describe(
    function: Callable[..., Any],
    *,
    like: Callable[..., Any],
    name: str,
    calls: tuple[str, str],
    doc: str,
    owner: str | None = None,
) -> None:
    """Name and document a derived method; ``inspect.signature`` follows ``__wrapped__``."""
    function.__name__ = name
    function.__qualname__ = f"{owner or like.__qualname__.rsplit('.', 1)[0]}.{name}"
    function.__module__ = like.__module__
    function.__doc__ = doc
    function.__wrapped__ = like  # type: ignore[attr-defined]
    setattr(function, _CALLS, calls)
