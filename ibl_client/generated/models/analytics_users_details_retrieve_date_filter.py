from typing import Literal

AnalyticsUsersDetailsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_USERS_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsUsersDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_users_details_retrieve_date_filter(
    value: str,
) -> AnalyticsUsersDetailsRetrieveDateFilter:
    if value in ANALYTICS_USERS_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_USERS_DETAILS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
