from typing import Literal

AudienceOrgsActiveUsersUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsActiveUsersUsersRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_active_users_users_retrieve_format(
    value: str,
) -> AudienceOrgsActiveUsersUsersRetrieveFormat:
    if value in AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
