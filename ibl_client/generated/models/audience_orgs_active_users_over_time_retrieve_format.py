from typing import Literal, cast

from ..._validation import unknown_enum_value

AudienceOrgsActiveUsersOverTimeRetrieveFormat = Literal["json"]

AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AudienceOrgsActiveUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_audience_orgs_active_users_over_time_retrieve_format(
    value: object,
    path: str = "AudienceOrgsActiveUsersOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AudienceOrgsActiveUsersOverTimeRetrieveFormat:
    """`value` as a `AudienceOrgsActiveUsersOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AudienceOrgsActiveUsersOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AudienceOrgsActiveUsersOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
