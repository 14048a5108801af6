from typing import Literal

OverviewOrgsAverageGradeRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsAverageGradeRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_average_grade_retrieve_format(
    value: str,
) -> OverviewOrgsAverageGradeRetrieveFormat:
    if value in OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES)!r}"
    )
