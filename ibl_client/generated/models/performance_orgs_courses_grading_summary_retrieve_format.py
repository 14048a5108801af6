from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsCoursesGradingSummaryRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_summary_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsCoursesGradingSummaryRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsCoursesGradingSummaryRetrieveFormat:
    """`value` as a `PerformanceOrgsCoursesGradingSummaryRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerformanceOrgsCoursesGradingSummaryRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsCoursesGradingSummaryRetrieveFormat",
            known_only=known_only,
        ),
    )
