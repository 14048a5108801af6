from typing import Literal

AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_grading_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
