from typing import Literal

AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_average_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat:
    if value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
