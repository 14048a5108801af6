from typing import Literal

RatingEnum = Literal[-1, 1]

RATING_ENUM_VALUES: frozenset[RatingEnum] = frozenset([-1, 1])


def check_rating_enum(value: int) -> RatingEnum:
    if value in RATING_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(RATING_ENUM_VALUES)!r}")
