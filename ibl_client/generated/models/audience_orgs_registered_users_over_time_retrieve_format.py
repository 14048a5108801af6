from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsRegisteredUsersOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsRegisteredUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_registered_users_over_time_retrieve_format(
    value: object,
    path: str = "AudienceOrgsRegisteredUsersOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsRegisteredUsersOverTimeRetrieveFormat:
    """`value` as a `AudienceOrgsRegisteredUsersOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsRegisteredUsersOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsRegisteredUsersOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
