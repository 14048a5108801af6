from typing import Literal

PerformanceOrgsCoursesGradingAverageRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_average_retrieve_format(
    value: str,
) -> PerformanceOrgsCoursesGradingAverageRetrieveFormat:
    if value in PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
