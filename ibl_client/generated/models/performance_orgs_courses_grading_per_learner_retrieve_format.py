from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_per_learner_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat:
    """`value` as a `PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_COURSES_GRADING_PER_LEARNER_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat",
            known_only=known_only,
        ),
    )
