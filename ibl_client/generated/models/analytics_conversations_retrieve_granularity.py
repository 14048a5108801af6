from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsConversationsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_CONVERSATIONS_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsConversationsRetrieveGranularity
] = frozenset(["day", "hour", "month", "week"])


def check_analytics_conversations_retrieve_granularity(
    value: object,
    path: str = "AnalyticsConversationsRetrieveGranularity",
    *,
    known_only: bool = False,
) -> AnalyticsConversationsRetrieveGranularity:
    """`value` as a `AnalyticsConversationsRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_CONVERSATIONS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsConversationsRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_CONVERSATIONS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsConversationsRetrieveGranularity",
            known_only=known_only,
        ),
    )
