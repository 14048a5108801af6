from typing import Literal

AnalyticsConversationsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_CONVERSATIONS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsConversationsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_conversations_retrieve_date_filter(
    value: str,
) -> AnalyticsConversationsRetrieveDateFilter:
    if value in ANALYTICS_CONVERSATIONS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_CONVERSATIONS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
