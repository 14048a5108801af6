from typing import Literal, cast

from ..._validation import unknown_enum_value

TargetSystemEnum = Literal["Moderation System", "Safety System"]

TARGET_SYSTEM_ENUM_VALUES: frozenset[TargetSystemEnum] = frozenset(
    ["Moderation System", "Safety System"]
)


def check_target_system_enum(
    value: object, path: str = "TargetSystemEnum", *, known_only: bool = False
) -> TargetSystemEnum:
    """`value` as a `TargetSystemEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TARGET_SYSTEM_ENUM_VALUES:
        return value
    return cast(
        TargetSystemEnum,
        unknown_enum_value(
            path, value, TARGET_SYSTEM_ENUM_VALUES, "TargetSystemEnum", known_only=known_only
        ),
    )
