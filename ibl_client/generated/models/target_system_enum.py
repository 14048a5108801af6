from typing import Literal

TargetSystemEnum = Literal["Moderation System", "Safety System"]

TARGET_SYSTEM_ENUM_VALUES: set[TargetSystemEnum] = {
    "Moderation System",
    "Safety System",
}


def check_target_system_enum(value: str) -> TargetSystemEnum:
    if value in TARGET_SYSTEM_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TARGET_SYSTEM_ENUM_VALUES!r}")
