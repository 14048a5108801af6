from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat",
            known_only=known_only,
        ),
    )
