from typing import Literal, cast

from ..._validation import unknown_enum_value

NotificationV1OrgsUsersNotificationsCountRetrieveStatus = Literal["CANCELLED", "READ", "UNREAD"]

NOTIFICATION_V1_ORGS_USERS_NOTIFICATIONS_COUNT_RETRIEVE_STATUS_VALUES: frozenset[
    NotificationV1OrgsUsersNotificationsCountRetrieveStatus
] = frozenset(["CANCELLED", "READ", "UNREAD"])


def check_notification_v1_orgs_users_notifications_count_retrieve_status(
    value: object,
    path: str = "NotificationV1OrgsUsersNotificationsCountRetrieveStatus",
    *,
    known_only: bool = False,
) -> NotificationV1OrgsUsersNotificationsCountRetrieveStatus:
    """`value` as a `NotificationV1OrgsUsersNotificationsCountRetrieveStatus`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in NOTIFICATION_V1_ORGS_USERS_NOTIFICATIONS_COUNT_RETRIEVE_STATUS_VALUES
    ):
        return value
    return cast(
        NotificationV1OrgsUsersNotificationsCountRetrieveStatus,
        unknown_enum_value(
            path,
            value,
            NOTIFICATION_V1_ORGS_USERS_NOTIFICATIONS_COUNT_RETRIEVE_STATUS_VALUES,
            "NotificationV1OrgsUsersNotificationsCountRetrieveStatus",
            known_only=known_only,
        ),
    )
