from typing import Literal

AudienceOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: set[
    AudienceOrgsRegisteredUsersRetrieveFormat
] = {
    "json",
}


def check_audience_orgs_registered_users_retrieve_format(
    value: str,
) -> AudienceOrgsRegisteredUsersRetrieveFormat:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
