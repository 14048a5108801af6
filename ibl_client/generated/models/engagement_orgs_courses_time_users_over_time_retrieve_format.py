from typing import Literal

EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_users_over_time_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
