"""``Response[T]``: what every generated ``*_detailed`` function returns; the request id of a
parsed result; and `unwrapped`, which makes an operation's ``sync`` and ``asyncio`` of its
``sync_detailed`` and ``asyncio_detailed``."""

from __future__ import annotations

import functools
import inspect
import weakref
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

import attrs
import httpx

from ._errors import ResponseValidationError, request_id_from, status_error

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["Response", "request_id_of", "unwrapped"]

T = TypeVar("T")
P = ParamSpec("P")


@attrs.frozen
class Response(Generic[T]):
    """One HTTP answer, with the body parsed into the declared model when the status is 2xx.

    ``*_detailed`` functions return it whatever the status and whatever the body: a 2xx body
    that does not fit the declared schema (a CSV export from an operation documenting JSON, a
    truncated body) leaves ``parsed`` None and keeps the reason in ``validation_error``, so the
    bytes (``content``) and their ``content_type`` can still be used. ``unwrap()`` (used by the
    plain functions) raises that error, or turns a status >= 400 into the matching
    :class:`~ibl_client.APIStatusError`. ``request_id`` is the server's id for the request
    (``X-Request-Id`` and the like), or None.
    """

    status_code: int
    headers: httpx.Headers = attrs.field(repr=False)
    content: bytes = attrs.field(repr=False)
    parsed: T | None
    retries: int
    operation_id: str
    http_response: httpx.Response = attrs.field(repr=False)
    #: Why a 2xx body was not parsed (it does not fit the declared schema); raised by unwrap().
    validation_error: ResponseValidationError | None = attrs.field(default=None, repr=False)
    request_id: str | None = attrs.field(init=False)

    @request_id.default
    def _request_id(self) -> str | None:
        return request_id_from(self.headers)

    def __attrs_post_init__(self) -> None:
        if self.request_id is not None and self.parsed is not None:
            _remember(self.parsed, self.request_id)

    @property
    def content_type(self) -> str | None:
        """The body's media type as the server sent it (``text/csv; charset=utf-8``), or None."""
        media_type: str | None = self.headers.get("content-type")
        return media_type

    def unwrap(self) -> T:
        """The parsed model; raises the typed status error when the status is >= 400, and the
        :class:`~ibl_client.ResponseValidationError` when a 2xx body does not fit its schema.

        A body-less success (e.g. 204) gives ``None``.
        """
        if self.status_code >= 400:
            raise status_error(
                self.http_response, operation_id=self.operation_id, retries=self.retries
            )
        if self.validation_error is not None:
            raise self.validation_error
        parsed: T = self.parsed  # type: ignore[assignment]  # (None for a body-less answer)
        return parsed


# Parsed models are slotted attrs classes: no attribute can be added to them, and they are not
# hashable (so no WeakKeyDictionary). A dict by id(), emptied by a weak reference's callback
# when the model goes, costs one small entry per live result.
_REQUEST_IDS: dict[int, tuple[weakref.ref[Any], str]] = {}


def _remember(parsed: object, request_id: str) -> None:
    key = id(parsed)
    try:
        ref = weakref.ref(parsed, lambda _: _REQUEST_IDS.pop(key, None))
    except TypeError:  # a dict, list or str result cannot be referenced weakly
        return
    _REQUEST_IDS[key] = (ref, request_id)


def request_id_of(result: object) -> str | None:
    """The request id of the response a parsed model came from, if the server sent one.

    >>> course = ibl.core.core_rbac_roles_list()  # doctest: +SKIP
    >>> ibl_client.request_id_of(course)  # doctest: +SKIP
    'c0ffee-42'

    None for a result the server gave no id for, or that is a plain ``dict``/``list`` (models
    only; use ``<operation>_detailed(...).request_id`` there).
    """
    entry = _REQUEST_IDS.get(id(result))
    if entry is None or entry[0]() is not result:
        return None
    return entry[1]


@overload
def unwrapped(
    detailed: Callable[P, Coroutine[Any, Any, Response[T]]], operation: Operation[Any]
) -> Callable[P, Coroutine[Any, Any, T]]: ...


@overload
def unwrapped(detailed: Callable[P, Response[T]], operation: Operation[Any]) -> Callable[P, T]: ...


def unwrapped(detailed: Callable[..., Any], operation: Operation[Any]) -> Callable[..., Any]:
    """``sync`` of ``sync_detailed`` (``asyncio`` of ``asyncio_detailed``): the same arguments,
    and the parsed model instead of the `Response` (`Response.unwrap`).

    The generated module writes an operation's signature for its two ``_detailed`` functions
    only; type checkers read the other two through ``ParamSpec``, and ``inspect.signature``
    through ``__wrapped__``. The function carries the operation's descriptor as ``operation``,
    which ``paginate`` reads.
    """
    name = detailed.__name__.removesuffix("_detailed")
    if inspect.iscoroutinefunction(detailed):

        @functools.wraps(detailed)
        async def call(*args: Any, **kwargs: Any) -> Any:
            return (await detailed(*args, **kwargs)).unwrap()

    else:

        @functools.wraps(detailed)
        def call(*args: Any, **kwargs: Any) -> Any:
            return detailed(*args, **kwargs).unwrap()

    call.__name__ = call.__qualname__ = name
    call.operation = operation  # type: ignore[attr-defined]
    return call
