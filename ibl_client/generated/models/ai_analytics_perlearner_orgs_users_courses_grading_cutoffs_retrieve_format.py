from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES)!r}"
    )
