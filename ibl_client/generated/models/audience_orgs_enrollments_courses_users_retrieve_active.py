from typing import Literal

AudienceOrgsEnrollmentsCoursesUsersRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsEnrollmentsCoursesUsersRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_enrollments_courses_users_retrieve_active(
    value: str,
) -> AudienceOrgsEnrollmentsCoursesUsersRetrieveActive:
    if value in AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES)!r}"
    )
