from typing import Literal

PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_average_with_cutoff_retrieve_format(
    value: str,
) -> PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat:
    if value in PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_COURSES_GRADING_AVERAGE_WITH_CUTOFF_RETRIEVE_FORMAT_VALUES)!r}"
    )
