from typing import Literal

PeriodEnum = Literal["monthly", "weekly", "yearly"]

PERIOD_ENUM_VALUES: frozenset[PeriodEnum] = frozenset(["monthly", "weekly", "yearly"])


def check_period_enum(value: str) -> PeriodEnum:
    if value in PERIOD_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(PERIOD_ENUM_VALUES)!r}")
