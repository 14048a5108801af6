from typing import Literal

OverviewOrgsAverageGradeRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES: set[OverviewOrgsAverageGradeRetrieveFormat] = {
    "json",
}


def check_overview_orgs_average_grade_retrieve_format(
    value: str,
) -> OverviewOrgsAverageGradeRetrieveFormat:
    if value in OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES!r}"
    )
