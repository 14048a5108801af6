from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsCoursesGradingDetailRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingDetailRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_detail_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsCoursesGradingDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsCoursesGradingDetailRetrieveFormat:
    """`value` as a `PerformanceOrgsCoursesGradingDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerformanceOrgsCoursesGradingDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsCoursesGradingDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
