from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_overview_grade_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_OVERVIEW_GRADE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat",
            known_only=known_only,
        ),
    )
