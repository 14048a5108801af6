from typing import Literal

OverviewOrgsRegisteredUsersRetrieveFormat = Literal["json"]

OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    OverviewOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_overview_orgs_registered_users_retrieve_format(
    value: str,
) -> OverviewOrgsRegisteredUsersRetrieveFormat:
    if value in OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
