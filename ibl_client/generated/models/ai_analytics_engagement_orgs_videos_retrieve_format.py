from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsVideosRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsVideosRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_videos_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsVideosRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsVideosRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
