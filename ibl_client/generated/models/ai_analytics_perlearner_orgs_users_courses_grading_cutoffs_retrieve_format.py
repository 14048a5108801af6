from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_CUTOFFS_RETRIEVE_FORMAT_VALUES!r}"
    )
