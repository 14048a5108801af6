from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsTimeRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_TIME_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsTimeRetrieveGranularity] = frozenset(
    ["day", "hour", "month", "week"]
)


def check_analytics_time_retrieve_granularity(
    value: object, path: str = "AnalyticsTimeRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsTimeRetrieveGranularity:
    """`value` as a `AnalyticsTimeRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_TIME_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsTimeRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_TIME_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsTimeRetrieveGranularity",
            known_only=known_only,
        ),
    )
