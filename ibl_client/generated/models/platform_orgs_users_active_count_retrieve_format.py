from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsUsersActiveCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_USERS_ACTIVE_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsUsersActiveCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_users_active_count_retrieve_format(
    value: object,
    path: str = "PlatformOrgsUsersActiveCountRetrieveFormat",
    *,
    known_only: bool = False,
) -> PlatformOrgsUsersActiveCountRetrieveFormat:
    """`value` as a `PlatformOrgsUsersActiveCountRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORM_ORGS_USERS_ACTIVE_COUNT_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PlatformOrgsUsersActiveCountRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_USERS_ACTIVE_COUNT_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsUsersActiveCountRetrieveFormat",
            known_only=known_only,
        ),
    )
