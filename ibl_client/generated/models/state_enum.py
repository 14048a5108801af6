from typing import Literal, cast

from ..._validation import unknown_enum_value

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


def check_state_enum(
    value: object, path: str = "StateEnum", *, known_only: bool = False
) -> StateEnum:
    """`value` as a `StateEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STATE_ENUM_VALUES:
        return value
    return cast(
        StateEnum,
        unknown_enum_value(path, value, STATE_ENUM_VALUES, "StateEnum", known_only=known_only),
    )
