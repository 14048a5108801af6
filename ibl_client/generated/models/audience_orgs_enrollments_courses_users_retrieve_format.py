from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_enrollments_courses_users_retrieve_format(
    value: object,
    path: str = "AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat:
    """`value` as a `AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsEnrollmentsCoursesUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
