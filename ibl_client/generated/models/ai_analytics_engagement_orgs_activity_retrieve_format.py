from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsActivityRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsActivityRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_activity_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsActivityRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsActivityRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsActivityRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsActivityRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsActivityRetrieveFormat",
            known_only=known_only,
        ),
    )
