from typing import Literal

AnalyticsTimeRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_TIME_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsTimeRetrieveGranularity] = frozenset(
    ["day", "hour", "month", "week"]
)


def check_analytics_time_retrieve_granularity(value: str) -> AnalyticsTimeRetrieveGranularity:
    if value in ANALYTICS_TIME_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_TIME_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
