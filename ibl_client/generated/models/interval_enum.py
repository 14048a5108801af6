from typing import Literal

IntervalEnum = Literal["month", "one_time", "year"]

INTERVAL_ENUM_VALUES: frozenset[IntervalEnum] = frozenset(["month", "one_time", "year"])


def check_interval_enum(value: str) -> IntervalEnum:
    if value in INTERVAL_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(INTERVAL_ENUM_VALUES)!r}")
