from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_engagement_orgs_courses_time_average_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES!r}"
    )
