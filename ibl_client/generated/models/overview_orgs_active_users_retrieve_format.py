from typing import Literal

OverviewOrgsActiveUsersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsActiveUsersRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_active_users_retrieve_format(
    value: str,
) -> OverviewOrgsActiveUsersRetrieveFormat:
    if value in OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
