from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_overview_performance_index_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat",
            known_only=known_only,
        ),
    )
