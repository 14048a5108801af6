from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
