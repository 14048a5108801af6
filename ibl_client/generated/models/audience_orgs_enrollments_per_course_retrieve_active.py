from typing import Literal

AudienceOrgsEnrollmentsPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_per_course_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsPerCourseRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES)!r}"
    )
