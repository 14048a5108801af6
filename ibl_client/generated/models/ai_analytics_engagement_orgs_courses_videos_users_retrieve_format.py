from typing import Literal

AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_engagement_orgs_courses_videos_users_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
