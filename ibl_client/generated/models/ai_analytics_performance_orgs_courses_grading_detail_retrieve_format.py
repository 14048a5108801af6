from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_detail_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
