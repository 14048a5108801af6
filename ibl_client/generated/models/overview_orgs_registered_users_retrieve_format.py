from typing import Literal, cast

from ..._validation import unknown_enum_value

OverviewOrgsRegisteredUsersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_registered_users_retrieve_format(
    value: object,
    path: str = "OverviewOrgsRegisteredUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> OverviewOrgsRegisteredUsersRetrieveFormat:
    """`value` as a `OverviewOrgsRegisteredUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        OverviewOrgsRegisteredUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES,
            "OverviewOrgsRegisteredUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
