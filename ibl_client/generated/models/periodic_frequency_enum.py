from typing import Literal, cast

from ..._validation import unknown_enum_value

PeriodicFrequencyEnum = Literal["CUSTOM", "DAILY", "MONTHLY", "WEEKLY"]

PERIODIC_FREQUENCY_ENUM_VALUES: frozenset[PeriodicFrequencyEnum] = frozenset(
    ["CUSTOM", "DAILY", "MONTHLY", "WEEKLY"]
)


def check_periodic_frequency_enum(
    value: object, path: str = "PeriodicFrequencyEnum", *, known_only: bool = False
) -> PeriodicFrequencyEnum:
    """`value` as a `PeriodicFrequencyEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERIODIC_FREQUENCY_ENUM_VALUES:
        return value
    return cast(
        PeriodicFrequencyEnum,
        unknown_enum_value(
            path,
            value,
            PERIODIC_FREQUENCY_ENUM_VALUES,
            "PeriodicFrequencyEnum",
            known_only=known_only,
        ),
    )
