from typing import Literal

AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
