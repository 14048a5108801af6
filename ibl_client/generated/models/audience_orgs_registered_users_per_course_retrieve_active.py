from typing import Literal

AudienceOrgsRegisteredUsersPerCourseRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: set[
    AudienceOrgsRegisteredUsersPerCourseRetrieveActive
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


def check_audience_orgs_registered_users_per_course_retrieve_active(
    value: str,
) -> AudienceOrgsRegisteredUsersPerCourseRetrieveActive:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES!r}"
    )
