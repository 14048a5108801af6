from typing import Literal

EngagementOrgsCoursesVideosUsersRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosUsersRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_users_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosUsersRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
