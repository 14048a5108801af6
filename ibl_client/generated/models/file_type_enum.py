from typing import Literal, cast

from ..._validation import unknown_enum_value

FileTypeEnum = Literal["asset", "reference", "script"]

FILE_TYPE_ENUM_VALUES: frozenset[FileTypeEnum] = frozenset(["asset", "reference", "script"])


def check_file_type_enum(
    value: object, path: str = "FileTypeEnum", *, known_only: bool = False
) -> FileTypeEnum:
    """`value` as a `FileTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in FILE_TYPE_ENUM_VALUES:
        return value
    return cast(
        FileTypeEnum,
        unknown_enum_value(
            path, value, FILE_TYPE_ENUM_VALUES, "FileTypeEnum", known_only=known_only
        ),
    )
