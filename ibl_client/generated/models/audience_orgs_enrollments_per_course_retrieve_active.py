from typing import Literal

AudienceOrgsEnrollmentsPerCourseRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: set[
    AudienceOrgsEnrollmentsPerCourseRetrieveActive
] = {
    "False",
    "false",
    "n",
    "no",
    "true",
    "True",
    "y",
    "yes",
}


def check_audience_orgs_enrollments_per_course_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsPerCourseRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES!r}"
    )
