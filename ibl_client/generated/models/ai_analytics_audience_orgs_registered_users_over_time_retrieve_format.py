from typing import Literal

AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_registered_users_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
