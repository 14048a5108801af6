from typing import Literal, cast

from ..._validation import unknown_enum_value

OverviewOrgsActiveUsersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsActiveUsersRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_active_users_retrieve_format(
    value: object, path: str = "OverviewOrgsActiveUsersRetrieveFormat", *, known_only: bool = False
) -> OverviewOrgsActiveUsersRetrieveFormat:
    """`value` as a `OverviewOrgsActiveUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        OverviewOrgsActiveUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES,
            "OverviewOrgsActiveUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
