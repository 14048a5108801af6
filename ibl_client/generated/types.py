"""Types shared by the generated models and operations."""

from collections.abc import Mapping
from typing import IO, BinaryIO, Union

from attrs import define

from .._body import JSON
from .._extras import Body, Headers, Query, Timeout
from .._response import Response
from .._unset import UNSET, Unset

FileContent = Union[IO[bytes], bytes, str]
FileTypes = Union[
    tuple[Union[str, None], FileContent, Union[str, None]],
    tuple[Union[str, None], FileContent, Union[str, None], Mapping[str, str]],
]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) tuple httpx takes for `files=`."""
        return self.file_name, self.payload, self.mime_type


__all__ = [
    "JSON",
    "UNSET",
    "Body",
    "File",
    "FileTypes",
    "Headers",
    "Query",
    "RequestFiles",
    "Response",
    "Timeout",
    "Unset",
]
