from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_overview_time_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat:
    if (
        value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
