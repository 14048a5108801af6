from typing import Literal, cast

from ..._validation import unknown_enum_value

CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format = Literal["json"]

CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format
] = frozenset(["json"])


def check_credentials_orgs_users_credentials_over_time_retrieve_2_format(
    value: object,
    path: str = "CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format",
    *,
    known_only: bool = False,
) -> CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format:
    """`value` as a `CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES
    ):
        return value
    return cast(
        CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format,
        unknown_enum_value(
            path,
            value,
            CREDENTIALS_ORGS_USERS_CREDENTIALS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES,
            "CredentialsOrgsUsersCredentialsOverTimeRetrieve2Format",
            known_only=known_only,
        ),
    )
