from typing import Literal

NotificationV1OrgsUsersNotificationsCountRetrieveStatus = Literal["CANCELLED", "READ", "UNREAD"]

NOTIFICATION_V1_ORGS_USERS_NOTIFICATIONS_COUNT_RETRIEVE_STATUS_VALUES: frozenset[
    NotificationV1OrgsUsersNotificationsCountRetrieveStatus
] = frozenset(["CANCELLED", "READ", "UNREAD"])


def check_notification_v1_orgs_users_notifications_count_retrieve_status(
    value: str,
) -> NotificationV1OrgsUsersNotificationsCountRetrieveStatus:
    if value in NOTIFICATION_V1_ORGS_USERS_NOTIFICATIONS_COUNT_RETRIEVE_STATUS_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(NOTIFICATION_V1_ORGS_USERS_NOTIFICATIONS_COUNT_RETRIEVE_STATUS_VALUES)!r}"
    )
