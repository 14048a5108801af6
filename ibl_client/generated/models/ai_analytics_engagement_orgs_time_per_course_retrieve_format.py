from typing import Literal

AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
