from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES!r}"
    )
