from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsSessionsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_SESSIONS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsSessionsRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_sessions_retrieve_date_filter(
    value: object, path: str = "AnalyticsSessionsRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsSessionsRetrieveDateFilter:
    """`value` as a `AnalyticsSessionsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_SESSIONS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsSessionsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_SESSIONS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsSessionsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
