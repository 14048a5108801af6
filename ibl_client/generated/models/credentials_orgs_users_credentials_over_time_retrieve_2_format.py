from typing import Literal

CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format = Literal["json"]

CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format
] = frozenset(["json"])


def check_credentials_orgs_users_credentials_over_time_retrieve_2_format(
    value: str,
) -> CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format:
    if value in CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES)!r}"
    )
