from typing import Literal

AnalyticsSessionsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_SESSIONS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsSessionsRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_sessions_retrieve_date_filter(
    value: str,
) -> AnalyticsSessionsRetrieveDateFilter:
    if value in ANALYTICS_SESSIONS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_SESSIONS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
