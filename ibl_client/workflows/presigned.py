"""The second half of a presigned upload: send the file to the URL the API handed out.

``ai_mentor_orgs_users_chat_files_upload_url_create`` answers an ``upload_url`` on another
host (object storage), the ``upload_method`` to use and when it ``expires_in``. The upload must
not carry the API credential there, so it never goes through the client's own request path:
it leaves on a connection pool of its own, made with the client's proxy routes and TLS
settings but no auth, no default headers and no cookies, and closed when the upload is done.

>>> # group = ibl.ai_mentor
>>> # answer = await group.ai_mentor_orgs_users_chat_files_upload_url_create(org, user, body=...)
>>> # await upload_presigned(ibl, answer, Path("notes.pdf"), content_type="application/pdf")

The body is sent with its ``Content-Length`` (object stores refuse chunked uploads); a path
streams from disk. The URL's query (its signature) appears in no error message or log line.
Nothing is retried: the signature may be single-use, and a stream cannot be replayed.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import httpx

from .._errors import ConfigurationError, connection_error, status_error
from .._transports.pool import async_pool, sync_pool
from .._transports.retry import RetryPolicy
from .._types import Unset

if TYPE_CHECKING:
    from .. import AsyncClient, Client

__all__ = ["PresignedTarget", "upload_presigned", "upload_presigned_sync"]

OPERATION_ID = "upload_presigned"
CHUNK = 1024 * 1024
METHODS = ("PUT", "POST")
_NO_RETRIES = RetryPolicy(max_retries=0)

Content = bytes | str | os.PathLike[str]


class PresignedTarget(Protocol):
    """What the upload-URL operation answers (``FileUploadURLResponse``), or anything like it."""

    @property
    def upload_url(self) -> str: ...

    @property
    def upload_method(self) -> str | Unset: ...


def _method(target: PresignedTarget) -> str:
    method = target.upload_method
    method = "PUT" if isinstance(method, Unset) or not method else method.upper()
    if method not in METHODS:
        raise ConfigurationError(
            f"upload_method: expected one of {', '.join(METHODS)}, got {target.upload_method!r}"
        )
    return method


def _url(target: PresignedTarget) -> httpx.URL:
    url = httpx.URL(target.upload_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(
            f"upload_url: expected an absolute http(s) URL, got one on {url.scheme!r}"
        )
    return url


def _shown(request: httpx.Request) -> httpx.Request:
    """``request`` as errors show it: without the query, which holds the signature."""
    return httpx.Request(request.method, request.url.copy_with(query=None))


def _source(content: Content) -> tuple[int, bytes | Path]:
    """The body's length, and the bytes or the path to stream them from."""
    if isinstance(content, bytes):
        return len(content), content
    if not isinstance(content, (str, os.PathLike)):
        raise ConfigurationError(f"content: expected bytes or a path, got {type(content).__name__}")
    path = Path(content)
    try:
        return path.stat().st_size, path
    except OSError as exc:
        raise ConfigurationError(f"content: cannot read {str(path)!r} ({exc})") from None


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            yield chunk


async def _achunks(path: Path) -> AsyncIterator[bytes]:
    for chunk in _chunks(path):  # local disk reads are short; the sending is what waits
        yield chunk


def _request(
    target: PresignedTarget,
    body: bytes | Iterator[bytes] | AsyncIterator[bytes],
    length: int,
    content_type: str | None,
) -> httpx.Request:
    # With the length given, httpx sends an iterator as is, not chunked.
    headers = {"Content-Length": str(length)}
    if content_type:
        headers["Content-Type"] = content_type
    return httpx.Request(_method(target), _url(target), headers=headers, content=body)


async def upload_presigned(
    ibl: AsyncClient,
    target: PresignedTarget,
    content: Content,
    *,
    content_type: str | None = None,
) -> httpx.Response:
    """Upload ``content`` (bytes, or a path streamed from disk) to ``target.upload_url``.

    Raises the typed error of its status (``APIStatusError``) or connection
    (``APIConnectionError``), as an operation would; returns the storage's response.
    """
    length, source = _source(content)
    body = source if isinstance(source, bytes) else _achunks(source)
    async with async_pool(ibl._pool_settings, _NO_RETRIES, None, "httpx") as http:
        request = _request(target, body, length, content_type)
        try:
            response = await http.send(request)
        except httpx.RequestError as exc:
            raise connection_error(
                exc, _shown(request), operation_id=OPERATION_ID, retries=0
            ) from exc
        await response.aread()
    return _checked(response)


def upload_presigned_sync(
    ibl: Client,
    target: PresignedTarget,
    content: Content,
    *,
    content_type: str | None = None,
) -> httpx.Response:
    """The sync twin of :func:`upload_presigned`."""
    length, source = _source(content)
    body = source if isinstance(source, bytes) else _chunks(source)
    with sync_pool(ibl._pool_settings, _NO_RETRIES, None) as http:
        request = _request(target, body, length, content_type)
        try:
            response = http.send(request)
        except httpx.RequestError as exc:
            raise connection_error(
                exc, _shown(request), operation_id=OPERATION_ID, retries=0
            ) from exc
        response.read()
    return _checked(response)


def _checked(response: httpx.Response) -> httpx.Response:
    if response.is_error:
        response.request = _shown(response.request)
        raise status_error(response, operation_id=OPERATION_ID, retries=0)
    return response
