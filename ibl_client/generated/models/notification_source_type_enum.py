from typing import Literal, cast

from ..._validation import unknown_enum_value

NotificationSourceTypeEnum = Literal[
    "csv", "department", "email", "pathway", "platform", "program", "usergroup", "username"
]

NOTIFICATION_SOURCE_TYPE_ENUM_VALUES: frozenset[NotificationSourceTypeEnum] = frozenset(
    ["csv", "department", "email", "pathway", "platform", "program", "usergroup", "username"]
)


def check_notification_source_type_enum(
    value: object, path: str = "NotificationSourceTypeEnum", *, known_only: bool = False
) -> NotificationSourceTypeEnum:
    """`value` as a `NotificationSourceTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in NOTIFICATION_SOURCE_TYPE_ENUM_VALUES:
        return value
    return cast(
        NotificationSourceTypeEnum,
        unknown_enum_value(
            path,
            value,
            NOTIFICATION_SOURCE_TYPE_ENUM_VALUES,
            "NotificationSourceTypeEnum",
            known_only=known_only,
        ),
    )
