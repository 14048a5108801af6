from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_overview_engagement_index_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_ENGAGEMENT_INDEX_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat",
            known_only=known_only,
        ),
    )
