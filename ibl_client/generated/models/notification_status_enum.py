from typing import Literal

NotificationStatusEnum = Literal["CANCELLED", "READ", "UNREAD"]

NOTIFICATION_STATUS_ENUM_VALUES: frozenset[NotificationStatusEnum] = frozenset(
    ["CANCELLED", "READ", "UNREAD"]
)


def check_notification_status_enum(value: str) -> NotificationStatusEnum:
    if value in NOTIFICATION_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(NOTIFICATION_STATUS_ENUM_VALUES)!r}"
    )
