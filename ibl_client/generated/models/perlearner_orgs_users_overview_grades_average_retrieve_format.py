from typing import Literal

PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_grades_average_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersOverviewGradesAverageRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_OVERVIEW_GRADES_AVERAGE_RETRIEVE_FORMAT_VALUES)!r}"
    )
