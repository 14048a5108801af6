from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsConversationsRetrieveMetric = Literal["conversations", "headline"]

ANALYTICS_CONVERSATIONS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsConversationsRetrieveMetric] = (
    frozenset(["conversations", "headline"])
)


def check_analytics_conversations_retrieve_metric(
    value: object, path: str = "AnalyticsConversationsRetrieveMetric", *, known_only: bool = False
) -> AnalyticsConversationsRetrieveMetric:
    """`value` as a `AnalyticsConversationsRetrieveMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_CONVERSATIONS_RETRIEVE_METRIC_VALUES:
        return value
    return cast(
        AnalyticsConversationsRetrieveMetric,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_CONVERSATIONS_RETRIEVE_METRIC_VALUES,
            "AnalyticsConversationsRetrieveMetric",
            known_only=known_only,
        ),
    )
