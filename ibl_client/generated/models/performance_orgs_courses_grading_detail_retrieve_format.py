from typing import Literal

PerformanceOrgsCoursesGradingDetailRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES: set[
    PerformanceOrgsCoursesGradingDetailRetrieveFormat
] = {
    "json",
}


def check_performance_orgs_courses_grading_detail_retrieve_format(
    value: str,
) -> PerformanceOrgsCoursesGradingDetailRetrieveFormat:
    if value in PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERFORMANCE_ORGS_COURSES_GRADING_DETAIL_RETRIEVE_FORMAT_VALUES!r}"
    )
