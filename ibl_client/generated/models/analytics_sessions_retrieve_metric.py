from typing import Literal

AnalyticsSessionsRetrieveMetric = Literal["headline", "sessions"]

ANALYTICS_SESSIONS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsSessionsRetrieveMetric] = frozenset(
    ["headline", "sessions"]
)


def check_analytics_sessions_retrieve_metric(value: str) -> AnalyticsSessionsRetrieveMetric:
    if value in ANALYTICS_SESSIONS_RETRIEVE_METRIC_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_SESSIONS_RETRIEVE_METRIC_VALUES)!r}"
    )
