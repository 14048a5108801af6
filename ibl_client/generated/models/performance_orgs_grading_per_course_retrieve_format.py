from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsGradingPerCourseRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsGradingPerCourseRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_grading_per_course_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsGradingPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsGradingPerCourseRetrieveFormat:
    """`value` as a `PerformanceOrgsGradingPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerformanceOrgsGradingPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsGradingPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
