from typing import Literal

AudienceOrgsActiveUsersUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES: set[
    AudienceOrgsActiveUsersUsersRetrieveFormat
] = {
    "json",
}


def check_audience_orgs_active_users_users_retrieve_format(
    value: str,
) -> AudienceOrgsActiveUsersUsersRetrieveFormat:
    if value in AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
