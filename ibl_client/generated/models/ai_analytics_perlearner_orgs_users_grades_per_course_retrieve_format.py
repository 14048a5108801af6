from typing import Literal

AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_grades_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_GRADES_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
