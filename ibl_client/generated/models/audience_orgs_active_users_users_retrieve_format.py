from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsActiveUsersUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsActiveUsersUsersRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_active_users_users_retrieve_format(
    value: object,
    path: str = "AudienceOrgsActiveUsersUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsActiveUsersUsersRetrieveFormat:
    """`value` as a `AudienceOrgsActiveUsersUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        AudienceOrgsActiveUsersUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsActiveUsersUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
