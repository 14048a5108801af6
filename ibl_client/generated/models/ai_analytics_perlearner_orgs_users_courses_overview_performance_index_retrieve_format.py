from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_overview_performance_index_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat:
    if (
        value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES)!r}"
    )
