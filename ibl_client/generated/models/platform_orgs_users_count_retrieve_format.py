from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsUsersCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_USERS_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsUsersCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_users_count_retrieve_format(
    value: object, path: str = "PlatformOrgsUsersCountRetrieveFormat", *, known_only: bool = False
) -> PlatformOrgsUsersCountRetrieveFormat:
    """`value` as a `PlatformOrgsUsersCountRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORM_ORGS_USERS_COUNT_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PlatformOrgsUsersCountRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_USERS_COUNT_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsUsersCountRetrieveFormat",
            known_only=known_only,
        ),
    )
