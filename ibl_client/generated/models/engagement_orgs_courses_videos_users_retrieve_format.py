from typing import Literal

EngagementOrgsCoursesVideosUsersRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES: set[
    EngagementOrgsCoursesVideosUsersRetrieveFormat
] = {
    "json",
}


def check_engagement_orgs_courses_videos_users_retrieve_format(
    value: str,
) -> EngagementOrgsCoursesVideosUsersRetrieveFormat:
    if value in ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
