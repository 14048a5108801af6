from typing import Literal, cast

from ..._validation import unknown_enum_value

IntervalEnum = Literal["month", "one_time", "year"]

INTERVAL_ENUM_VALUES: frozenset[IntervalEnum] = frozenset(["month", "one_time", "year"])


def check_interval_enum(
    value: object, path: str = "IntervalEnum", *, known_only: bool = False
) -> IntervalEnum:
    """`value` as a `IntervalEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in INTERVAL_ENUM_VALUES:
        return value
    return cast(
        IntervalEnum,
        unknown_enum_value(
            path, value, INTERVAL_ENUM_VALUES, "IntervalEnum", known_only=known_only
        ),
    )
