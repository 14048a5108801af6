"""Files up: the ``File`` a multipart field takes, and what else may stand for one.

An operation whose request body has a file field (``format: binary`` in the description; the
normaliser marks the fields the description declares as plain strings, scripts/normalise.py)
sends ``multipart/form-data``. Such a field takes a :class:`File`, or what :func:`as_file`
turns into one: ``bytes``, a path (``pathlib.Path`` or any ``os.PathLike``) or a binary file
object. A path is opened only while its bytes are sent and read in chunks, so a 200 MB upload
does not sit in memory, and it is read again from the start when a retry sends it again.

>>> as_file(b"%PDF-1.7 ...", "file").to_tuple()
(None, b'%PDF-1.7 ...', None)
"""

from __future__ import annotations

import io
import os
from typing import IO, Any, cast

from attrs import define

from ._validation import FieldError

__all__ = ["File", "as_file"]

#: What a file field accepts besides a File (`as_file`).
FILE_LIKE = "a File, bytes, a path (pathlib.Path) or a binary file object"


@define
class File:
    """A file to upload in a multipart/form-data body: its bytes (or a binary file object
    read in chunks), and the file name and media type sent with it (guessed from the name by
    httpx when not given)."""

    payload: IO[bytes] | bytes
    file_name: str | None = None
    mime_type: str | None = None

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], mime_type: str | None = None) -> File:
        """The file at ``path``, opened only while it is sent (never held in memory)."""
        reader = cast(IO[bytes], _PathReader(path))  # the part of IO[bytes] httpx uses
        return cls(reader, os.path.basename(os.fspath(path)), mime_type)

    def to_tuple(self) -> tuple[str | None, IO[bytes] | bytes, str | None]:
        """The (name, content, type) tuple httpx takes for `files=`."""
        return self.file_name, self.payload, self.mime_type


def as_file(value: Any, name: str) -> File:
    """``value`` as a :class:`File`; a :class:`FieldError` naming field ``name`` otherwise.

    A ``str`` is refused rather than guessed at: it could be a path or the content itself
    (``pathlib.Path("logo.png")`` for a path, ``"...".encode()`` for content).
    """
    if isinstance(value, File):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return File(bytes(value))
    if isinstance(value, os.PathLike):
        return File.from_path(value)
    if isinstance(value, io.TextIOBase) or not callable(getattr(value, "read", None)):
        raise FieldError(name, FILE_LIKE, value)
    file_name = getattr(value, "name", None)
    return File(value, os.path.basename(file_name) if isinstance(file_name, str) else None)


def is_file(value: object) -> bool:
    """Whether ``value`` can only be sent as a file part (not as a JSON or form value)."""
    return isinstance(value, (File, bytes, bytearray, memoryview, os.PathLike, io.IOBase))


class _PathReader(io.RawIOBase):
    """A file on disk read as httpx reads an upload: its size without opening it, then
    ``seek(0)`` and chunks until EOF. The file is open only between the first read and EOF,
    so a ``File`` kept around holds no descriptor, and each send (a retry too) starts over."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = os.fspath(path)
        self._file: io.BufferedReader | None = None
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        size = os.stat(self.path).st_size
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: size}[whence]
        self._release()
        self._position = base + offset
        return self._position

    def readinto(self, buffer: Any) -> int:  # io.RawIOBase's one method to read
        if self._file is None:
            self._file = open(self.path, "rb")  # noqa: SIM115 (closed at EOF or on seek)
            self._file.seek(self._position)
        count: int = self._file.readinto(buffer)
        self._position += count
        if count == 0:
            self._release()
        return count

    def _release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._release()
        super().close()

    def __repr__(self) -> str:
        return f"<file {self.path!r}>"
