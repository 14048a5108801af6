from typing import Literal

ThemeEnum = Literal["dark", "light"]

THEME_ENUM_VALUES: frozenset[ThemeEnum] = frozenset(["dark", "light"])


def check_theme_enum(value: str) -> ThemeEnum:
    if value in THEME_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(THEME_ENUM_VALUES)!r}")
