"""Bodies too large to hold: an operation's answer streamed, as bytes or into a file.

A video, an export or a session download can be larger than the memory it should take, so
``client.stream(operation, *args, **kwargs)`` sends the operation's request (its arguments,
extras and timeout as for the operation itself) and hands over the answer unread::

    async with ibl.stream(ibl.reports.reports_platforms_download_retrieve, "acme", "r1") as answer:
        await answer.save("report.csv")           # or: async for chunk in answer.iter_bytes()

The request goes through the client's retry transport: a failed connection or a retryable
status (429, 5xx) is retried before the first byte of the body is handed over; once the body
has started, a dropped connection raises ``APIConnectionError`` (``save`` removes what it had
written). A status >= 400 raises its typed ``APIStatusError`` when the context is entered, with
the (small) error body read. Logs and errors show the URL redacted, as for any call.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx

from . import _log
from ._errors import status_error
from ._extras import ARGUMENTS
from ._operation import Operation, operation_module
from ._transports.retry import RETRIES_EXTENSION

if TYPE_CHECKING:
    from ._errors import APIConnectionError

#: The client's own making of a connection error (``_client``), so that errors while the body
#: streams read as those of any call.
ConnectionErrorOf = Callable[[httpx.RequestError, httpx.Request, str], "APIConnectionError"]

__all__ = ["AsyncStreamedResponse", "StreamedResponse"]

#: Bytes a chunk holds at most (the transport may give less).
CHUNK = 1 << 16


def request_of(
    operation: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[Operation[Any], dict[str, Any], dict[str, Any]]:
    """The descriptor, request arguments and extras of a call of ``operation``: a group method
    (``ibl.<tag>.<operation>``) or a generated module's function."""
    module = operation_module(operation)
    if module is None:
        raise TypeError(
            f"{getattr(operation, '__qualname__', operation)!r} is not an operation: pass a "
            "group method (ibl.<tag>.<operation>) or a generated operation function"
        )
    own = {k: v for k, v in kwargs.items() if k not in ARGUMENTS}
    extras = {k: v for k, v in kwargs.items() if k in ARGUMENTS}
    described: Operation[Any] = module.OPERATION
    return described, module._get_kwargs(*args, **own), extras


class _Streamed:
    """What both twins hold: the answer's status, headers and size, and the operation."""

    def __init__(self, operation_id: str, response: httpx.Response) -> None:
        self.operation_id = operation_id
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content_type(self) -> str | None:
        """The body's media type as the server sent it, or None."""
        media_type: str | None = self.headers.get("content-type")
        return media_type

    @property
    def content_length(self) -> int | None:
        """The body's size if the server said it (``Content-Length``), else None."""
        value = self.headers.get("content-length")
        return int(value) if value and value.isdigit() else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.operation_id} {self.status_code}>"

    _release: Callable[[], None] | None

    def _closed(self) -> None:
        """The answer is closed: its log line, and its place given back (once)."""
        release, self._release = self._release, None
        try:
            _log_closed(self.operation_id, self.http_response)
        finally:
            if release is not None:
                release()


class AsyncStreamedResponse(_Streamed):
    """An answer whose body is read as it arrives: ``iter_bytes()`` or ``save(path)``.

    Used as ``async with client.stream(...) as answer``; leaving the block releases the
    connection (closing it when the body was not read to its end), and the call's place among
    the client's ``max_concurrency`` (``release``), which the answer holds while it is open.
    """

    def __init__(
        self,
        connection_error: ConnectionErrorOf,
        operation_id: str,
        open_: Callable[[], Any],
        release: Callable[[], None] | None = None,
    ) -> None:
        self._connection_error = connection_error
        self._open = open_
        self._release = release
        self.operation_id = operation_id

    async def __aenter__(self) -> AsyncStreamedResponse:
        response: httpx.Response = await self._open()
        super().__init__(self.operation_id, response)
        if response.status_code >= 400:
            try:
                await response.aread()
            finally:
                await response.aclose()
                self._closed()
            raise status_error(
                response,
                operation_id=self.operation_id,
                retries=response.extensions.get(RETRIES_EXTENSION, 0),
            )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.http_response.aclose()
        finally:
            self._closed()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body, chunk after chunk, decoded as httpx decodes (``Content-Encoding``)."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.RequestError as exc:
            raise self._connection_error(
                exc, self.http_response.request, self.operation_id
            ) from exc

    async def save(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` (replaced only once all of it has arrived); its size.

        The bytes go to ``<path>.part`` first, so a body cut short never leaves a truncated
        file under the final name.
        """
        with _writing(path) as out:
            async for chunk in self.iter_bytes(CHUNK):
                out.write(chunk)
            return out.tell()


class StreamedResponse(_Streamed):
    """The sync twin of :class:`AsyncStreamedResponse`: ``with client.stream(...) as answer``."""

    def __init__(
        self,
        connection_error: ConnectionErrorOf,
        operation_id: str,
        open_: Callable[[], Any],
        release: Callable[[], None] | None = None,
    ) -> None:
        self._connection_error = connection_error
        self._open = open_
        self._release = release
        self.operation_id = operation_id

    def __enter__(self) -> StreamedResponse:
        response: httpx.Response = self._open()
        super().__init__(self.operation_id, response)
        if response.status_code >= 400:
            try:
                response.read()
            finally:
                response.close()
                self._closed()
            raise status_error(
                response,
                operation_id=self.operation_id,
                retries=response.extensions.get(RETRIES_EXTENSION, 0),
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.http_response.close()
        finally:
            self._closed()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body, chunk after chunk (see `AsyncStreamedResponse.iter_bytes`)."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.RequestError as exc:
            raise self._connection_error(
                exc, self.http_response.request, self.operation_id
            ) from exc

    def save(self, path: str | os.PathLike[str]) -> int:
        """Write the body to ``path`` (see `AsyncStreamedResponse.save`); its size."""
        with _writing(path) as out:
            for chunk in self.iter_bytes(CHUNK):
                out.write(chunk)
            return out.tell()


@contextlib.contextmanager
def _writing(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A file to write ``path``'s bytes to: ``<path>.part``, renamed to ``path`` when the block
    ends normally, removed when it raises (or is cancelled)."""
    partial = f"{os.fspath(path)}.part"
    try:
        with open(partial, "wb") as out:
            yield out
        os.replace(partial, path)
    except BaseException:
        _remove(partial)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def _log_closed(operation_id: str, response: httpx.Response) -> None:
    """The answer's log line, as for any call (the URL redacted by ``_log``), once it is
    closed: its time then covers the body, as for a call."""
    _log.response_received(operation_id, response, response.extensions.get(RETRIES_EXTENSION, 0))
