from typing import Literal, cast

from ..._validation import unknown_enum_value

CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat = Literal["json"]

CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_credentials_orgs_users_assertions_over_time_retrieve_format(
    value: object,
    path: str = "CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat:
    """`value` as a `CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
