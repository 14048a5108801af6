from typing import Literal

CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format = Literal["json"]

CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format
] = frozenset(["json"])


def check_credentials_orgs_users_assertions_over_time_retrieve_2_format(
    value: str,
) -> CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format:
    if value in CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES)!r}"
    )
