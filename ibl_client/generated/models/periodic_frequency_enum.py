from typing import Literal

PeriodicFrequencyEnum = Literal["CUSTOM", "DAILY", "MONTHLY", "WEEKLY"]

PERIODIC_FREQUENCY_ENUM_VALUES: frozenset[PeriodicFrequencyEnum] = frozenset(
    ["CUSTOM", "DAILY", "MONTHLY", "WEEKLY"]
)


def check_periodic_frequency_enum(value: str) -> PeriodicFrequencyEnum:
    if value in PERIODIC_FREQUENCY_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERIODIC_FREQUENCY_ENUM_VALUES)!r}"
    )
