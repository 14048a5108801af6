from typing import Literal

NotificationSourceTypeEnum = Literal[
    "csv", "department", "email", "pathway", "platform", "program", "usergroup", "username"
]

NOTIFICATION_SOURCE_TYPE_ENUM_VALUES: frozenset[NotificationSourceTypeEnum] = frozenset(
    ["csv", "department", "email", "pathway", "platform", "program", "usergroup", "username"]
)


def check_notification_source_type_enum(value: str) -> NotificationSourceTypeEnum:
    if value in NOTIFICATION_SOURCE_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(NOTIFICATION_SOURCE_TYPE_ENUM_VALUES)!r}"
    )
