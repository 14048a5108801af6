from typing import Literal, cast

from ..._validation import unknown_enum_value

CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format = Literal["json"]

CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES: frozenset[
    CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format
] = frozenset(["json"])


def check_credentials_orgs_users_course_assertions_over_time_retrieve_2_format(
    value: object,
    path: str = "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format",
    *,
    known_only: bool = False,
) -> CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format:
    """`value` as a `CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES
    ):
        return value
    return cast(
        CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format,
        unknown_enum_value(
            path,
            value,
            CREDENTIALS_ORGS_USERS_COURSE_ASSERTIONS_OVER_TIME_RETRIEVE_2_FORMAT_VALUES,
            "CredentialsOrgsUsersCourseAssertionsOverTimeRetrieve2Format",
            known_only=known_only,
        ),
    )
