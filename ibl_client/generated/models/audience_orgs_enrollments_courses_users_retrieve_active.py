from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsCoursesUsersRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesUsersRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_courses_users_retrieve_active(
    value: object,
    path: str = "AudienceOrgsEnrollmentsCoursesUsersRetrieveActive",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsCoursesUsersRetrieveActive:
    """`value` as a `AudienceOrgsEnrollmentsCoursesUsersRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES,
            "AudienceOrgsEnrollmentsCoursesUsersRetrieveActive",
            known_only=known_only,
        ),
    )
