from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_average_with_cutoff_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat",
            known_only=known_only,
        ),
    )
