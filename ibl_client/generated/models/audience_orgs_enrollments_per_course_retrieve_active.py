from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsEnrollmentsPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_per_course_retrieve_active(
    value: object,
    path: str = "AudienceOrgsEnrollmentsPerCourseRetrieveActive",
    *,
    known_only: bool = False,
) -> AudienceOrgsEnrollmentsPerCourseRetrieveActive:
    """`value` as a `AudienceOrgsEnrollmentsPerCourseRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AudienceOrgsEnrollmentsPerCourseRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES,
            "AudienceOrgsEnrollmentsPerCourseRetrieveActive",
            known_only=known_only,
        ),
    )
