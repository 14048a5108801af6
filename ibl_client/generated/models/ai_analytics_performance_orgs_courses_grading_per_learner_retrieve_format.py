from typing import Literal

AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat:
    if value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES)!r}"
    )
