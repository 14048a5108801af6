from typing import Literal

AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_detail_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat:
    if value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES)!r}"
    )
