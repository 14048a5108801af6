from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_average_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
