from typing import Literal

AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
