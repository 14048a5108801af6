from typing import Literal

RatingEnum = Literal[-1, 1]

RATING_ENUM_VALUES: set[RatingEnum] = {
    -1,
    1,
}


def check_rating_enum(value: int) -> RatingEnum:
    if value in RATING_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RATING_ENUM_VALUES!r}")
