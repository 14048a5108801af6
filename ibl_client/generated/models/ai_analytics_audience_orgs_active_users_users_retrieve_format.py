from typing import Literal

AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_audience_orgs_active_users_users_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_USERS_RETRIEVE_FORMAT_VALUES!r}"
    )
