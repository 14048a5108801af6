from typing import Literal

AudienceOrgsActiveUsersOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsActiveUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_active_users_over_time_retrieve_format(
    value: str,
) -> AudienceOrgsActiveUsersOverTimeRetrieveFormat:
    if value in AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
