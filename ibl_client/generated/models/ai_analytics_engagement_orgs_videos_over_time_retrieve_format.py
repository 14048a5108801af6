from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_videos_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
