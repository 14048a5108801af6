from typing import Literal

NotificationSourceTypeEnum = Literal[
    "csv", "department", "email", "pathway", "platform", "program", "username"
]

NOTIFICATION_SOURCE_TYPE_ENUM_VALUES: set[NotificationSourceTypeEnum] = {
    "csv",
    "department",
    "email",
    "pathway",
    "platform",
    "program",
    "username",
}


def check_notification_source_type_enum(value: str) -> NotificationSourceTypeEnum:
    if value in NOTIFICATION_SOURCE_TYPE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_SOURCE_TYPE_ENUM_VALUES!r}"
    )
