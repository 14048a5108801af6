from typing import Literal, cast

from ..._validation import unknown_enum_value

CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat = Literal["json"]

CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_credentials_orgs_users_course_assertions_over_time_retrieve_format(
    value: object,
    path: str = "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat:
    """`value` as a `CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
