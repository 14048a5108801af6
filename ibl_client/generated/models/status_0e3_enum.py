from typing import Literal, cast

from ..._validation import unknown_enum_value

Status0E3Enum = Literal[
    "active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"
]

STATUS_0E3_ENUM_VALUES: frozenset[Status0E3Enum] = frozenset(
    ["active", "canceled", "free", "grandfathered", "incomplete", "past_due", "trialing"]
)


def check_status_0e3_enum(
    value: object, path: str = "Status0E3Enum", *, known_only: bool = False
) -> Status0E3Enum:
    """`value` as a `Status0E3Enum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STATUS_0E3_ENUM_VALUES:
        return value
    return cast(
        Status0E3Enum,
        unknown_enum_value(
            path, value, STATUS_0E3_ENUM_VALUES, "Status0E3Enum", known_only=known_only
        ),
    )
