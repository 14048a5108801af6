from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_registered_users_retrieve_format(
    value: object,
    path: str = "AudienceOrgsRegisteredUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsRegisteredUsersRetrieveFormat:
    """`value` as a `AudienceOrgsRegisteredUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        AudienceOrgsRegisteredUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsRegisteredUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
