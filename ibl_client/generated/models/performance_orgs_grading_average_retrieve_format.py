from typing import Literal

PerformanceOrgsGradingAverageRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: set[
    PerformanceOrgsGradingAverageRetrieveFormat
] = {
    "json",
}


def check_performance_orgs_grading_average_retrieve_format(
    value: str,
) -> PerformanceOrgsGradingAverageRetrieveFormat:
    if value in PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES!r}"
    )
