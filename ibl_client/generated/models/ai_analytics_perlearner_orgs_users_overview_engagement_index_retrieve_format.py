from typing import Literal

AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES)!r}"
    )
