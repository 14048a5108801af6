from typing import Literal, cast

from ..._validation import unknown_enum_value

PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat = Literal["json"]

PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_perlearner_orgs_users_overview_time_over_time_retrieve_format(
    value: object,
    path: str = "PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat:
    """`value` as a `PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PERLEARNER_ORGS_USERS_OVERVIEW_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "PerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
