from typing import Literal

FileTypeEnum = Literal["asset", "reference", "script"]

FILE_TYPE_ENUM_VALUES: frozenset[FileTypeEnum] = frozenset(["asset", "reference", "script"])


def check_file_type_enum(value: str) -> FileTypeEnum:
    if value in FILE_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(FILE_TYPE_ENUM_VALUES)!r}"
    )
