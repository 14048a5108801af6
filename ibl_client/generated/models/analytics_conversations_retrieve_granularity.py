from typing import Literal

AnalyticsConversationsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_CONVERSATIONS_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsConversationsRetrieveGranularity
] = frozenset(["day", "hour", "month", "week"])


def check_analytics_conversations_retrieve_granularity(
    value: str,
) -> AnalyticsConversationsRetrieveGranularity:
    if value in ANALYTICS_CONVERSATIONS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_CONVERSATIONS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
