from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_active_users_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
