from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsUsersDetailsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_USERS_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsUsersDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_users_details_retrieve_date_filter(
    value: object,
    path: str = "AnalyticsUsersDetailsRetrieveDateFilter",
    *,
    known_only: bool = False,
) -> AnalyticsUsersDetailsRetrieveDateFilter:
    """`value` as a `AnalyticsUsersDetailsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_USERS_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsUsersDetailsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_USERS_DETAILS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsUsersDetailsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
