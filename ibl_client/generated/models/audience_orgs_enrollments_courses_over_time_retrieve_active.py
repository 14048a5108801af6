from typing import Literal

AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES: set[
    AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive
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


def check_audience_orgs_enrollments_courses_over_time_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES!r}"
    )
