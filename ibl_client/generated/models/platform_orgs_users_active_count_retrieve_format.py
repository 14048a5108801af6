from typing import Literal

PlatformOrgsUsersActiveCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_USERS_ACTIVE_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsUsersActiveCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_users_active_count_retrieve_format(
    value: str,
) -> PlatformOrgsUsersActiveCountRetrieveFormat:
    if value in PLATFORM_ORGS_USERS_ACTIVE_COUNT_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_USERS_ACTIVE_COUNT_RETRIEVE_FORMAT_VALUES)!r}"
    )
