from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsUsersRetrieveMetric = Literal[
    "active_users", "active_users_last_30d", "currently_active", "registered_users"
]

ANALYTICS_USERS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsUsersRetrieveMetric] = frozenset(
    ["active_users", "active_users_last_30d", "currently_active", "registered_users"]
)


def check_analytics_users_retrieve_metric(
    value: object, path: str = "AnalyticsUsersRetrieveMetric", *, known_only: bool = False
) -> AnalyticsUsersRetrieveMetric:
    """`value` as a `AnalyticsUsersRetrieveMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_USERS_RETRIEVE_METRIC_VALUES:
        return value
    return cast(
        AnalyticsUsersRetrieveMetric,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_USERS_RETRIEVE_METRIC_VALUES,
            "AnalyticsUsersRetrieveMetric",
            known_only=known_only,
        ),
    )
