from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsTopicsDetailsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_TOPICS_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsTopicsDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_topics_details_retrieve_date_filter(
    value: object,
    path: str = "AnalyticsTopicsDetailsRetrieveDateFilter",
    *,
    known_only: bool = False,
) -> AnalyticsTopicsDetailsRetrieveDateFilter:
    """`value` as a `AnalyticsTopicsDetailsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_TOPICS_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsTopicsDetailsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_TOPICS_DETAILS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsTopicsDetailsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
