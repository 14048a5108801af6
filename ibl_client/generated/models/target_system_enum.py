from typing import Literal

TargetSystemEnum = Literal["Moderation System", "Safety System"]

TARGET_SYSTEM_ENUM_VALUES: frozenset[TargetSystemEnum] = frozenset(
    ["Moderation System", "Safety System"]
)


def check_target_system_enum(value: str) -> TargetSystemEnum:
    if value in TARGET_SYSTEM_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(TARGET_SYSTEM_ENUM_VALUES)!r}"
    )
