from typing import Literal

StateEnum = Literal[
    "accumulating",
    "cancelled",
    "completed",
    "error",
    "expired",
    "pending",
    "processing",
    "running",
    "storing",
]

STATE_ENUM_VALUES: set[StateEnum] = {
    "accumulating",
    "cancelled",
    "completed",
    "error",
    "expired",
    "pending",
    "processing",
    "running",
    "storing",
}


def check_state_enum(value: str) -> StateEnum:
    if value in STATE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATE_ENUM_VALUES!r}")
