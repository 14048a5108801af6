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

STATE_ENUM_VALUES: frozenset[StateEnum] = frozenset(
    [
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
)


def check_state_enum(value: str) -> StateEnum:
    if value in STATE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(STATE_ENUM_VALUES)!r}")
