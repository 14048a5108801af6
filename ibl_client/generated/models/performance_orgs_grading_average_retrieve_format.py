from typing import Literal, cast

from ..._validation import unknown_enum_value

PerformanceOrgsGradingAverageRetrieveFormat = Literal["json"]

PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerformanceOrgsGradingAverageRetrieveFormat
] = frozenset(["json"])


def check_performance_orgs_grading_average_retrieve_format(
    value: object,
    path: str = "PerformanceOrgsGradingAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerformanceOrgsGradingAverageRetrieveFormat:
    """`value` as a `PerformanceOrgsGradingAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PerformanceOrgsGradingAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERFORMANCE_ORGS_GRADING_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "PerformanceOrgsGradingAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
