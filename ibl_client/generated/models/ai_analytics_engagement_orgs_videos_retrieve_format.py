from typing import Literal

AiAnalyticsEngagementOrgsVideosRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsEngagementOrgsVideosRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_engagement_orgs_videos_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsVideosRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES!r}"
    )
