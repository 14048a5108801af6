from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_average_with_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_WITH_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
