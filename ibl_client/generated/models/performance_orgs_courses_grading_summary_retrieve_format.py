from typing import Literal

PerformanceOrgsCoursesGradingSummaryRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingSummaryRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_summary_retrieve_format(
    value: str,
) -> PerformanceOrgsCoursesGradingSummaryRetrieveFormat:
    if value in PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_COURSES_GRADING_SUMMARY_RETRIEVE_FORMAT_VALUES)!r}"
    )
