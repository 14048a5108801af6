from typing import Literal, cast

from ..._validation import unknown_enum_value

ThemeEnum = Literal["dark", "light"]

THEME_ENUM_VALUES: frozenset[ThemeEnum] = frozenset(["dark", "light"])


def check_theme_enum(
    value: object, path: str = "ThemeEnum", *, known_only: bool = False
) -> ThemeEnum:
    """`value` as a `ThemeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in THEME_ENUM_VALUES:
        return value
    return cast(
        ThemeEnum,
        unknown_enum_value(path, value, THEME_ENUM_VALUES, "ThemeEnum", known_only=known_only),
    )
