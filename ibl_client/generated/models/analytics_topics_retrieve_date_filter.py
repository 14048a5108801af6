from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsTopicsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_TOPICS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsTopicsRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_topics_retrieve_date_filter(
    value: object, path: str = "AnalyticsTopicsRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsTopicsRetrieveDateFilter:
    """`value` as a `AnalyticsTopicsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_TOPICS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsTopicsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_TOPICS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsTopicsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
