from typing import Literal

AiAnalyticsEngagementOrgsActivityRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsActivityRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_activity_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsActivityRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_ACTIVITY_RETRIEVE_FORMAT_VALUES)!r}"
    )
