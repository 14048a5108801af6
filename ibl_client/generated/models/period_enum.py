from typing import Literal, cast

from ..._validation import unknown_enum_value

PeriodEnum = Literal["monthly", "weekly", "yearly"]

PERIOD_ENUM_VALUES: frozenset[PeriodEnum] = frozenset(["monthly", "weekly", "yearly"])


def check_period_enum(
    value: object, path: str = "PeriodEnum", *, known_only: bool = False
) -> PeriodEnum:
    """`value` as a `PeriodEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERIOD_ENUM_VALUES:
        return value
    return cast(
        PeriodEnum,
        unknown_enum_value(path, value, PERIOD_ENUM_VALUES, "PeriodEnum", known_only=known_only),
    )
