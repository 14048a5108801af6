"""``Response[T]``: what every generated ``*_detailed`` function returns."""

from __future__ import annotations

from typing import Generic, TypeVar, cast

import attrs
import httpx

from ._errors import status_error

__all__ = ["Response"]

T = TypeVar("T")


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
