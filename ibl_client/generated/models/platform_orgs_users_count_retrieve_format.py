from typing import Literal

PlatformOrgsUsersCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_USERS_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsUsersCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_users_count_retrieve_format(
    value: str,
) -> PlatformOrgsUsersCountRetrieveFormat:
    if value in PLATFORM_ORGS_USERS_COUNT_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_USERS_COUNT_RETRIEVE_FORMAT_VALUES)!r}"
    )
