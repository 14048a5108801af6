from typing import Literal

AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_videos_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
