from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_performance_index_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_OVERVIEW_PERFORMANCE_INDEX_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat",
            known_only=known_only,
        ),
    )
