from typing import Literal

AnalyticsUsersRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_USERS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsUsersRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_users_retrieve_date_filter(value: str) -> AnalyticsUsersRetrieveDateFilter:
    if value in ANALYTICS_USERS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_USERS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
