from typing import Literal

PerformanceOrgsCoursesGradingDetailRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsCoursesGradingDetailRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_courses_grading_detail_retrieve_format(
    value: str,
) -> PerformanceOrgsCoursesGradingDetailRetrieveFormat:
    if value in PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES)!r}"
    )
