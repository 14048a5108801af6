from typing import Literal

NullEnum = Literal["null"]

NULL_ENUM_VALUES: frozenset[NullEnum] = frozenset(["null"])


def check_null_enum(value: str) -> NullEnum:
    if value in NULL_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(NULL_ENUM_VALUES)!r}")
