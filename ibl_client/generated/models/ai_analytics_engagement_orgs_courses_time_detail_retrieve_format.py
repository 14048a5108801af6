from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_detail_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES)!r}"
    )
