from typing import Literal

AnalyticsTimeRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_TIME_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsTimeRetrieveDateFilter] = frozenset(
    ["30d", "7d", "90d", "all_time", "custom", "today"]
)


def check_analytics_time_retrieve_date_filter(value: str) -> AnalyticsTimeRetrieveDateFilter:
    if value in ANALYTICS_TIME_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_TIME_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
