from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_average_with_cutoff_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat:
    """`value` as a `PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat",
            known_only=known_only,
        ),
    )
