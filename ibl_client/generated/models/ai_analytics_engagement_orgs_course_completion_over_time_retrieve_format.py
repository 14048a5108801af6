from typing import Literal

AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
