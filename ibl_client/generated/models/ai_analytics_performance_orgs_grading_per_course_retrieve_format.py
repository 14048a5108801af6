from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_grading_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
