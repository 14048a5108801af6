from typing import Literal, cast

from ..._validation import unknown_enum_value

CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format = Literal["json"]

CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format
] = frozenset(["json"])


def check_credentials_orgs_users_assertions_over_time_retrieve_2_format(
    value: object,
    path: str = "CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format",
    *,
    known_only: bool = False,
) -> CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format:
    """`value` as a `CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES
    ):
        return value
    return cast(
        CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format,
        unknown_enum_value(
            path,
            value,
            CREDENTIALS_ORGS_USERS_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES,
            "CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format",
            known_only=known_only,
        ),
    )
