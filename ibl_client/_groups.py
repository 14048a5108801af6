"""Operation groups, ``client.<tag>``: the classes generated in ``generated/api/<tag>/_group.py``.

An operation is written once in its tag's group, as the async method: its signature, its
documentation, and a body that calls the operation module's ``asyncio_detailed``. Its other
forms are declared from that method, so they take the same arguments by construction; mypy and
pyright read their signatures through ``ParamSpec`` (``Final`` tells pyright the type is the
one declared, not a guess)::

    class AsyncCoreApi(AsyncGroup):
        @operation("core")                      # the module: generated/api/core/<name>.py
        async def core_orgs_list(self, org: str, *, page: int | Unset = UNSET) -> Orgs:
            ...                                 # calls core_orgs_list.asyncio_detailed
        core_orgs_list_detailed: Final = detailed(core_orgs_list)

        @operation("core", pages=True)          # a pageable operation's pager
        def core_orgs_list_iter(self, org: str, ..., max_items=None, prefetch=True): ...

    class CoreApi(Group):                       # the sync twins, beside it
        core_orgs_list: Final = twin(AsyncCoreApi.core_orgs_list)
        core_orgs_list_detailed: Final = twin_detailed(AsyncCoreApi.core_orgs_list)
        core_orgs_list_iter: Final = twin(AsyncCoreApi.core_orgs_list_iter)

A declared form is built on first access, as a function with the async method's own parameter
names and defaults that calls the operation module directly (so ``help()`` shows the signature
and the whole documentation, a traceback shows one frame per form, and ``create_autospec``
checks calls against the real signature); it then replaces its declaration in the class. Its
source is registered in ``linecache`` (``_built.py``). Building a group imports none of its
operations: a form imports its module when it is built.

Groups keep an instance ``__dict__`` so a test can replace one method of one client's group
(``unittest.mock.patch.object(ibl.core, "core_orgs_list", new=AsyncMock())``).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast, overload

from ._built import build
from ._operation import HOME as _HOME
from ._operation import MODULE as _MODULE

if TYPE_CHECKING:
    from ._client import AsyncAPIClient, SyncAPIClient
    from ._pagination import AsyncPager, Pager
    from ._response import Response

__all__ = ["AsyncGroup", "Group", "detailed", "group", "operation", "twin", "twin_detailed"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
G = TypeVar("G", bound="AsyncGroup | Group")
A = TypeVar("A", bound="AsyncGroup")
M = TypeVar("M", bound=Callable[..., Any])


class AsyncGroup:
    """Base of the async groups: the operations of one tag, bound to an `AsyncClient`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Group:
    """Base of the sync groups: the operations of one tag, bound to a `Client`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class group(Generic[G]):  # lower case: used as a decorator, like property
    """``client.<tag>``: the group of that tag, made on first access and kept by the client.

    The decorated function returns the group's class (importing its module then). On the client
    class the attribute is that class, so ``create_autospec(AsyncClient, instance=True)`` knows
    the groups' methods and their signatures.
    """

    def __init__(self, load: Callable[[Any], type[G]]) -> None:
        self._load = load
        self._name = load.__name__
        self.__doc__ = load.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, client: None, owner: type | None = None) -> type[G]: ...

    @overload
    def __get__(self, client: object, owner: type | None = None) -> G: ...

    def __get__(self, client: object, owner: type | None = None) -> type[G] | G:
        cls = self._load(client)
        if client is None:
            return cls
        made = cls(client)  # type: ignore[arg-type]
        client.__dict__[self._name] = made  # read from there from now on (no descriptor call)
        return made


def operation(home: str, *, pages: bool = False) -> Callable[[M], M]:
    """Record where a group method's operation lives: ``generated/api/<home>/<operation>.py``.

    ``home`` is the first tag of the operation: one with several tags is generated once, under
    its first tag, and is a method of every tag's group. ``pages`` marks an ``<operation>_iter``
    method, a pager over the operation's pages.
    """

    def record(method: M) -> M:
        setattr(method, _HOME, home)
        return method

    return record


class _Form:
    """A declared form of an async group method, built into a function on first access."""

    def __init__(self, method: Callable[..., Any], form: str) -> None:
        self._method = method
        self._form = form  # "detailed", "sync", "sync_detailed" or "sync_iter"
        self._name = ""
        self._owner: type | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        self._name, self._owner = name, owner

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        home_class = self._owner or owner
        assert home_class is not None
        function = _build(self._method, self._form, self._name, home_class)
        setattr(home_class, self._name, function)  # an ordinary method from now on
        return function if instance is None else function.__get__(instance, owner)


def detailed(
    method: Callable[Concatenate[A, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[A, P], Coroutine[Any, Any, Response[R]]]:
    """The ``<operation>_detailed`` method of an async group: the module's ``asyncio_detailed``."""
    return cast(
        "Callable[Concatenate[A, P], Coroutine[Any, Any, Response[R]]]", _Form(method, "detailed")
    )


@overload
def twin(
    method: Callable[Concatenate[Any, P], AsyncPager[T]],
) -> Callable[Concatenate[Group, P], Pager[T]]: ...


@overload
def twin(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[Group, P], R]: ...


def twin(method: Callable[..., Any]) -> Callable[..., Any]:
    """The sync group's method for an async group's: the module's ``sync_detailed``, unwrapped,
    or a `Pager` over ``sync`` for an ``_iter`` method."""
    pages = method.__name__.endswith("_iter")
    return cast("Callable[..., Any]", _Form(method, "sync_iter" if pages else "sync"))


def twin_detailed(
    method: Callable[Concatenate[Any, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[Group, P], Response[R]]:
    """The sync group's ``<operation>_detailed``: the module's ``sync_detailed``.

    Declared from the async method, not from its ``_detailed`` form: reading that form from the
    async class would build it (and import its module) while the group module is imported.
    """
    return cast("Callable[Concatenate[Group, P], Response[R]]", _Form(method, "sync_detailed"))


#: Per form: (the function of the operation module it calls, how the built function returns).
_CALLS = {
    "detailed": ("asyncio_detailed", "return await _call({arguments})"),
    "sync": ("sync_detailed", "return _call({arguments}).unwrap()"),
    "sync_detailed": ("sync_detailed", "return _call({arguments})"),
    "sync_iter": ("sync", "return _paginate(_call, {arguments})"),
}
_DOC = {
    "detailed": "Like `{name}`, returning the whole `Response` and raising no status error.",
    "sync_detailed": "Like `{name}`, returning the whole `Response` and raising no status error.",
}


def _build(method: Callable[..., Any], form: str, name: str, owner: type) -> Callable[..., Any]:
    """The function of one form: ``method``'s parameters, calling the operation's module."""
    home: str | None = getattr(method, _HOME, None)
    if home is None:
        raise TypeError(f"{method.__qualname__} is not an operation method (see @operation)")
    operation_name = method.__name__.removesuffix("_iter")
    package = owner.__module__.rpartition(".")[0]  # generated/api/<tag>: its group's tag folder
    module = importlib.import_module(f"..{home}.{operation_name}", package)
    function_name, returns = _CALLS[form]
    namespace: dict[str, Any] = {"_call": getattr(module, function_name)}
    if form == "sync_iter":
        from ._pagination import paginate

        namespace["_paginate"] = paginate

    parameters = list(inspect.signature(method).parameters.values())[1:]  # without self
    written: list[str] = []
    star = False
    for parameter in parameters:
        if parameter.kind not in (parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY):
            raise TypeError(
                f"{method.__qualname__}: parameter {parameter.name} cannot be forwarded"
            )
        if parameter.kind is parameter.KEYWORD_ONLY and not star:
            written.append("*")
            star = True
        if parameter.default is parameter.empty:
            written.append(parameter.name)
        else:
            namespace[f"_default_{parameter.name}"] = parameter.default
            written.append(f"{parameter.name}=_default_{parameter.name}")
    arguments = ", ".join([f"{p.name}={p.name}" for p in parameters] + ["client=self._client"])
    asynchronous = "async " if form == "detailed" else ""
    source = (
        f"{asynchronous}def {name}(self, {', '.join(written)}):\n"
        f"    {returns.format(arguments=arguments)}\n"
    )
    function = build(name, source, namespace, f"{owner.__qualname__}.{name}")
    function.__qualname__ = f"{owner.__qualname__}.{name}"
    function.__module__ = owner.__module__
    setattr(function, _MODULE, module.__name__)
    template = _DOC.get(form)
    function.__doc__ = method.__doc__ if template is None else template.format(name=method.__name__)
    function.__annotations__ = _annotations(method, form)
    return function


def _annotations(method: Callable[..., Any], form: str) -> dict[str, Any]:
    """``method``'s annotations (strings: the groups are written with postponed evaluation),
    with the return type of ``form``."""
    annotations = dict(method.__annotations__)
    returned = annotations.get("return")
    if isinstance(returned, str):
        if form in ("detailed", "sync_detailed"):
            annotations["return"] = f"Response[{returned}]"
        elif form == "sync_iter":
            annotations["return"] = returned.replace("AsyncPager[", "Pager[", 1)
    return annotations
