from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_grades_average_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
