from typing import Literal

AudienceOrgsEnrollmentsCoursesUsersRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES: set[
    AudienceOrgsEnrollmentsCoursesUsersRetrieveActive
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


def check_audience_orgs_enrollments_courses_users_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsCoursesUsersRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES!r}"
    )
