from typing import Literal

AnalyticsUsersRetrieveMetric = Literal[
    "active_users", "active_users_last_30d", "currently_active", "registered_users"
]

ANALYTICS_USERS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsUsersRetrieveMetric] = frozenset(
    ["active_users", "active_users_last_30d", "currently_active", "registered_users"]
)


def check_analytics_users_retrieve_metric(value: str) -> AnalyticsUsersRetrieveMetric:
    if value in ANALYTICS_USERS_RETRIEVE_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_USERS_RETRIEVE_METRIC_VALUES)!r}"
    )
