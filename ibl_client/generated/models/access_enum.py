from typing import Literal, cast

from ..._validation import unknown_enum_value

AccessEnum = Literal["private", "public"]

ACCESS_ENUM_VALUES: frozenset[AccessEnum] = frozenset(["private", "public"])


def check_access_enum(
    value: object, path: str = "AccessEnum", *, known_only: bool = False
) -> AccessEnum:
    """`value` as a `AccessEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ACCESS_ENUM_VALUES:
        return value
    return cast(
        AccessEnum,
        unknown_enum_value(path, value, ACCESS_ENUM_VALUES, "AccessEnum", known_only=known_only),
    )
