from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
