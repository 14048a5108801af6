from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES)!r}"
    )
