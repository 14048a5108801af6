from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_active_users_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
