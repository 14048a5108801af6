from typing import Literal

AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_active_users_users_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
