from typing import Literal

PerformanceOrgsGradingPerCourseRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsGradingPerCourseRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_grading_per_course_retrieve_format(
    value: str,
) -> PerformanceOrgsGradingPerCourseRetrieveFormat:
    if value in PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_GRADING_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
