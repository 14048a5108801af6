from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_summary_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat",
            known_only=known_only,
        ),
    )
