from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsConversationsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_CONVERSATIONS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsConversationsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_conversations_retrieve_date_filter(
    value: object,
    path: str = "AnalyticsConversationsRetrieveDateFilter",
    *,
    known_only: bool = False,
) -> AnalyticsConversationsRetrieveDateFilter:
    """`value` as a `AnalyticsConversationsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_CONVERSATIONS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsConversationsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_CONVERSATIONS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsConversationsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
