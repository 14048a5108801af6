from typing import Literal

ThemeEnum = Literal["dark", "light"]

THEME_ENUM_VALUES: set[ThemeEnum] = {
    "dark",
    "light",
}


def check_theme_enum(value: str) -> ThemeEnum:
    if value in THEME_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THEME_ENUM_VALUES!r}")
