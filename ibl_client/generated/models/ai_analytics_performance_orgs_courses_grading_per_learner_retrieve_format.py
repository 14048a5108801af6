from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat:
    """`value` as a `AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat",
            known_only=known_only,
        ),
    )
