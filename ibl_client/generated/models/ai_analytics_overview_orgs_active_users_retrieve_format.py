from typing import Literal

AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_active_users_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_OVERVIEW_ORGS_ACTIVE_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
