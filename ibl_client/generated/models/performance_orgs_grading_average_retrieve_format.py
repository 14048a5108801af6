from typing import Literal

PerformanceOrgsGradingAverageRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_grading_average_retrieve_format(
    value: str,
) -> PerformanceOrgsGradingAverageRetrieveFormat:
    if value in PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
