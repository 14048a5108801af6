"""Types shared by the generated models and operations."""

from collections.abc import Mapping
from typing import IO, BinaryIO, Literal, Union

from attrs import define

from .._response import Response


class Unset:
    """The type of `UNSET`: "argument not given", as opposed to an explicit None (JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
