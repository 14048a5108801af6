from typing import Literal

Status0E3Enum = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

STATUS_0E3_ENUM_VALUES: frozenset[Status0E3Enum] = frozenset(
    ["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"]
)


def check_status_0e3_enum(value: str) -> Status0E3Enum:
    if value in STATUS_0E3_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STATUS_0E3_ENUM_VALUES)!r}"
    )
