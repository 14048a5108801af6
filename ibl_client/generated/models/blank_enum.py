from typing import Literal

BlankEnum = Literal[""]

BLANK_ENUM_VALUES: frozenset[BlankEnum] = frozenset([""])


def check_blank_enum(value: str) -> BlankEnum:
    if value in BLANK_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(BLANK_ENUM_VALUES)!r}")
