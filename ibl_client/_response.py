"""``Response[T]``: what every generated ``*_detailed`` function returns; and `unwrapped`, which
makes an operation's ``sync`` and ``asyncio`` of its ``sync_detailed`` and ``asyncio_detailed``."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import Any, Generic, ParamSpec, TypeVar, cast, overload

import attrs
import httpx

from ._errors import status_error

__all__ = ["Response", "unwrapped"]

T = TypeVar("T")
P = ParamSpec("P")


@attrs.frozen
class Response(Generic[T]):
    """One HTTP answer, with the body parsed into the declared model when the status is 2xx.

    ``*_detailed`` functions return it whatever the status; ``unwrap()`` (used by the plain
    functions) turns a status >= 400 into the matching :class:`~ibl_client.APIStatusError`.
    """

    status_code: int
    headers: httpx.Headers = attrs.field(repr=False)
    content: bytes = attrs.field(repr=False)
    parsed: T | None
    retries: int
    operation_id: str
    http_response: httpx.Response = attrs.field(repr=False)

    def unwrap(self) -> T:
        """The parsed model; raises the typed status error when the status is >= 400.

        A body-less success (e.g. 204) gives ``None``.
        """
        if self.status_code >= 400:
            raise status_error(
                self.http_response, operation_id=self.operation_id, retries=self.retries
            )
        return cast(T, self.parsed)


@overload
def unwrapped(
    detailed: Callable[P, Coroutine[Any, Any, Response[T]]],
) -> Callable[P, Coroutine[Any, Any, T]]: ...


@overload
def unwrapped(detailed: Callable[P, Response[T]]) -> Callable[P, T]: ...


def unwrapped(detailed: Callable[..., Any]) -> Callable[..., Any]:
    """``sync`` of ``sync_detailed`` (``asyncio`` of ``asyncio_detailed``): the same arguments,
    and the parsed model instead of the `Response` (`Response.unwrap`).

    The generated module writes an operation's signature for its two ``_detailed`` functions
    only; type checkers read the other two through ``ParamSpec``, and ``inspect.signature``
    through ``__wrapped__``.
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
    return call
