from typing import Literal

CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat = Literal["json"]

CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat
] = {
    "json",
}


def check_credentials_orgs_users_assertions_over_time_retrieve_format(
    value: str,
) -> CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat:
    if value in CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
