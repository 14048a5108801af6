from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsUsersRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_USERS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsUsersRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_users_retrieve_date_filter(
    value: object, path: str = "AnalyticsUsersRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsUsersRetrieveDateFilter:
    """`value` as a `AnalyticsUsersRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_USERS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsUsersRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_USERS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsUsersRetrieveDateFilter",
            known_only=known_only,
        ),
    )
