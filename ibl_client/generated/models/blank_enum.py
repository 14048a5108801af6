from typing import Literal, cast

from ..._validation import unknown_enum_value

BlankEnum = Literal[""]

BLANK_ENUM_VALUES: frozenset[BlankEnum] = frozenset([""])


def check_blank_enum(
    value: object, path: str = "BlankEnum", *, known_only: bool = False
) -> BlankEnum:
    """`value` as a `BlankEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in BLANK_ENUM_VALUES:
        return value
    return cast(
        BlankEnum,
        unknown_enum_value(path, value, BLANK_ENUM_VALUES, "BlankEnum", known_only=known_only),
    )
