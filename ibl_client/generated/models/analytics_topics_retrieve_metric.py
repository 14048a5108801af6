from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsTopicsRetrieveMetric = Literal["highlighted", "overview", "ratings", "sessions"]

ANALYTICS_TOPICS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsTopicsRetrieveMetric] = frozenset(
    ["highlighted", "overview", "ratings", "sessions"]
)


def check_analytics_topics_retrieve_metric(
    value: object, path: str = "AnalyticsTopicsRetrieveMetric", *, known_only: bool = False
) -> AnalyticsTopicsRetrieveMetric:
    """`value` as a `AnalyticsTopicsRetrieveMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_TOPICS_RETRIEVE_METRIC_VALUES:
        return value
    return cast(
        AnalyticsTopicsRetrieveMetric,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_TOPICS_RETRIEVE_METRIC_VALUES,
            "AnalyticsTopicsRetrieveMetric",
            known_only=known_only,
        ),
    )
