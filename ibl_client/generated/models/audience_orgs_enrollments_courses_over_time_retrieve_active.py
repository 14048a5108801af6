from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_courses_over_time_retrieve_active(
    value: object,
    path: str = "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive:
    """`value` as a `AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES,
            "AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive",
            known_only=known_only,
        ),
    )
