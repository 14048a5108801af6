from typing import Literal

AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_active_users_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
