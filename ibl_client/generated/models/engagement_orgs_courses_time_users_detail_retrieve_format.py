from typing import Literal

EngagementOrgsCoursesTimeUsersDetailRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesTimeUsersDetailRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_time_users_detail_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesTimeUsersDetailRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES)!r}"
    )
