from typing import Literal

PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: set[
    PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
] = {
    "json",
}


def check_perlearner_orgs_users_overview_performance_index_retrieve_format(
    value: str,
) -> PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat:
    if value in PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES!r}"
    )
