from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsTimeRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_TIME_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsTimeRetrieveDateFilter] = frozenset(
    ["30d", "7d", "90d", "all_time", "custom", "today"]
)


def check_analytics_time_retrieve_date_filter(
    value: object, path: str = "AnalyticsTimeRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsTimeRetrieveDateFilter:
    """`value` as a `AnalyticsTimeRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_TIME_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsTimeRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_TIME_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsTimeRetrieveDateFilter",
            known_only=known_only,
        ),
    )
