from typing import Literal

AudienceOrgsRegisteredUsersOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsRegisteredUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_registered_users_over_time_retrieve_format(
    value: str,
) -> AudienceOrgsRegisteredUsersOverTimeRetrieveFormat:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
