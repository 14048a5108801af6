from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
