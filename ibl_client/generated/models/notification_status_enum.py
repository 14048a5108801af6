from typing import Literal, cast

from ..._validation import unknown_enum_value

NotificationStatusEnum = Literal["CANCELLED", "READ", "UNREAD"]

NOTIFICATION_STATUS_ENUM_VALUES: frozenset[NotificationStatusEnum] = frozenset(
    ["CANCELLED", "READ", "UNREAD"]
)


def check_notification_status_enum(
    value: object, path: str = "NotificationStatusEnum", *, known_only: bool = False
) -> NotificationStatusEnum:
    """`value` as a `NotificationStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in NOTIFICATION_STATUS_ENUM_VALUES:
        return value
    return cast(
        NotificationStatusEnum,
        unknown_enum_value(
            path,
            value,
            NOTIFICATION_STATUS_ENUM_VALUES,
            "NotificationStatusEnum",
            known_only=known_only,
        ),
    )
