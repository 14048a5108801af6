from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_registered_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
