from typing import Literal

AnalyticsTopicsRetrieveMetric = Literal["highlighted", "overview", "ratings", "sessions"]

ANALYTICS_TOPICS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsTopicsRetrieveMetric] = frozenset(
    ["highlighted", "overview", "ratings", "sessions"]
)


def check_analytics_topics_retrieve_metric(value: str) -> AnalyticsTopicsRetrieveMetric:
    if value in ANALYTICS_TOPICS_RETRIEVE_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_TOPICS_RETRIEVE_METRIC_VALUES)!r}"
    )
