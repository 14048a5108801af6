from typing import Literal

AiAnalyticsEngagementOrgsVideosRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsVideosRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_videos_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsVideosRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES)!r}"
    )
