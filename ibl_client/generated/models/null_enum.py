from typing import Literal, cast

from ..._validation import unknown_enum_value

NullEnum = Literal["null"]

NULL_ENUM_VALUES: frozenset[NullEnum] = frozenset(["null"])


def check_null_enum(value: object, path: str = "NullEnum", *, known_only: bool = False) -> NullEnum:
    """`value` as a `NullEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in NULL_ENUM_VALUES:
        return value
    return cast(
        NullEnum,
        unknown_enum_value(path, value, NULL_ENUM_VALUES, "NullEnum", known_only=known_only),
    )
