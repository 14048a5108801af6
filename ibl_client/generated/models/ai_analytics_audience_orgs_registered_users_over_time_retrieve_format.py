from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_registered_users_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
