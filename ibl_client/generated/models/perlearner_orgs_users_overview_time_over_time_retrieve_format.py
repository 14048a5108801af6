from typing import Literal

PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_time_over_time_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
