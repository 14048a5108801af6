from typing import Literal

AnalyticsRatingsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_RATINGS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsRatingsRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_ratings_retrieve_date_filter(value: str) -> AnalyticsRatingsRetrieveDateFilter:
    if value in ANALYTICS_RATINGS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_RATINGS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
