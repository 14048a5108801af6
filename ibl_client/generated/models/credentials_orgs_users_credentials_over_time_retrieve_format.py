from typing import Literal, cast

from ..._validation import unknown_enum_value

CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat = Literal["json"]

CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_credentials_orgs_users_credentials_over_time_retrieve_format(
    value: object,
    path: str = "CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat:
    """`value` as a `CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
