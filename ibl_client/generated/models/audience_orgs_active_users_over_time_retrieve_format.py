from typing import Literal

AudienceOrgsActiveUsersOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    AudienceOrgsActiveUsersOverTimeRetrieveFormat
] = {
    "json",
}


def check_audience_orgs_active_users_over_time_retrieve_format(
    value: str,
) -> AudienceOrgsActiveUsersOverTimeRetrieveFormat:
    if value in AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
