from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_grading_summary_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES)!r}"
    )
