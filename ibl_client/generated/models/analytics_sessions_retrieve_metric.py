from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsSessionsRetrieveMetric = Literal["headline", "sessions"]

ANALYTICS_SESSIONS_RETRIEVE_METRIC_VALUES: frozenset[AnalyticsSessionsRetrieveMetric] = frozenset(
    ["headline", "sessions"]
)


def check_analytics_sessions_retrieve_metric(
    value: object, path: str = "AnalyticsSessionsRetrieveMetric", *, known_only: bool = False
) -> AnalyticsSessionsRetrieveMetric:
    """`value` as a `AnalyticsSessionsRetrieveMetric`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_SESSIONS_RETRIEVE_METRIC_VALUES:
        return value
    return cast(
        AnalyticsSessionsRetrieveMetric,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_SESSIONS_RETRIEVE_METRIC_VALUES,
            "AnalyticsSessionsRetrieveMetric",
            known_only=known_only,
        ),
    )
