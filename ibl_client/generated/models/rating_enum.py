from typing import Literal, cast

from ..._validation import unknown_enum_value

RatingEnum = Literal[-1, 1]

RATING_ENUM_VALUES: frozenset[RatingEnum] = frozenset([-1, 1])


def check_rating_enum(
    value: object, path: str = "RatingEnum", *, known_only: bool = False
) -> RatingEnum:
    """`value` as a `RatingEnum`; a int outside it is kept unless strict or `known_only`."""
    if isinstance(value, int) and value in RATING_ENUM_VALUES:
        return value
    return cast(
        RatingEnum,
        unknown_enum_value(path, value, RATING_ENUM_VALUES, "RatingEnum", known_only=known_only),
    )
