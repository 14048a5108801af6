from typing import Literal

AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
