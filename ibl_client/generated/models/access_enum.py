from typing import Literal

AccessEnum = Literal["private", "public"]

ACCESS_ENUM_VALUES: frozenset[AccessEnum] = frozenset(["private", "public"])


def check_access_enum(value: str) -> AccessEnum:
    if value in ACCESS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(ACCESS_ENUM_VALUES)!r}")
