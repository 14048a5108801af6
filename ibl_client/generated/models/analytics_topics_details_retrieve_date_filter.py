from typing import Literal

AnalyticsTopicsDetailsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_TOPICS_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsTopicsDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_topics_details_retrieve_date_filter(
    value: str,
) -> AnalyticsTopicsDetailsRetrieveDateFilter:
    if value in ANALYTICS_TOPICS_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_TOPICS_DETAILS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
