from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_grading_average_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
