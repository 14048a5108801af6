from typing import Literal

AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_overview_orgs_registered_users_retrieve_format(
    value: str,
) -> AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat:
    if value in AI_ANALYTICS_OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_OVERVIEW_ORGS_REGISTERED_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
