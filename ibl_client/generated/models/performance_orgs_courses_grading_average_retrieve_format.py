from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsCoursesGradingAverageRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_average_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsCoursesGradingAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsCoursesGradingAverageRetrieveFormat:
    """`value` as a `PerformanceOrgsCoursesGradingAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerformanceOrgsCoursesGradingAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsCoursesGradingAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
