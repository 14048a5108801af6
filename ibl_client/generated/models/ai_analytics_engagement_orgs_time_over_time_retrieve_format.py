from typing import Literal

AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
