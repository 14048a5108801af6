from typing import Literal

AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_performance_orgs_grading_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES!r}"
    )
