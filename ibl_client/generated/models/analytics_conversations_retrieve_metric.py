from typing import Literal

AnalyticsConversationsRetrieveMetric = Literal["conversations", "headline"]

ANALYTICS_CONVERSATIONS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsConversationsRetrieveMetric] = (
    frozenset(["conversations", "headline"])
)


def check_analytics_conversations_retrieve_metric(
    value: str,
) -> AnalyticsConversationsRetrieveMetric:
    if value in ANALYTICS_CONVERSATIONS_RETRIEVE_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_CONVERSATIONS_RETRIEVE_METRIC_VALUES)!r}"
    )
