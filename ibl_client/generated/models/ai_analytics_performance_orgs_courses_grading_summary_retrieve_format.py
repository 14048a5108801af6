from typing import Literal

AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_summary_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat:
    if value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES)!r}"
    )
