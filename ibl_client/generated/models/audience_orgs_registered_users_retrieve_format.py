from typing import Literal

AudienceOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_registered_users_retrieve_format(
    value: str,
) -> AudienceOrgsRegisteredUsersRetrieveFormat:
    if value in AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
