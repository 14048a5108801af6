from typing import Literal

AudienceOrgsRegisteredUsersPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AudienceOrgsRegisteredUsersPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_audience_orgs_registered_users_per_course_retrieve_active(
    value: str,
) -> AudienceOrgsRegisteredUsersPerCourseRetrieveActive:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES)!r}"
    )
