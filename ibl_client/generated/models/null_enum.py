from typing import Literal

NullEnum = Literal["null"]

NULL_ENUM_VALUES: set[NullEnum] = {
    "null",
}


def check_null_enum(value: str) -> NullEnum:
    if value in NULL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NULL_ENUM_VALUES!r}")
