from typing import Literal

AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_registered_users_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
