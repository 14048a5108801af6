from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_average_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
