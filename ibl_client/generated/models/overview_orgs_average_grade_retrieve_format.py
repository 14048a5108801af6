from typing import Literal, cast

from ..._validation import unknown_enum_value

OverviewOrgsAverageGradeRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsAverageGradeRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_average_grade_retrieve_format(
    value: object, path: str = "OverviewOrgsAverageGradeRetrieveFormat", *, known_only: bool = False
) -> OverviewOrgsAverageGradeRetrieveFormat:
    """`value` as a `OverviewOrgsAverageGradeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        OverviewOrgsAverageGradeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            OVERVIEW_ORGS_AVERAGE_GRADE_RETRIEVE_FORMAT_VALUES,
            "OverviewOrgsAverageGradeRetrieveFormat",
            known_only=known_only,
        ),
    )
