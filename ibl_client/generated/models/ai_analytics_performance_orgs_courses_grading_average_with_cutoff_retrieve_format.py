from typing import Literal

AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat:
    if (
        value
        in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES
    ):
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES)!r}"
    )
