from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat",
            known_only=known_only,
        ),
    )
