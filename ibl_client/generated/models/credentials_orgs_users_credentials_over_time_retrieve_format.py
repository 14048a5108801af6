from typing import Literal

CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat = Literal["json"]

CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat
] = {
    "json",
}


def check_credentials_orgs_users_credentials_over_time_retrieve_format(
    value: str,
) -> CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat:
    if value in CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
