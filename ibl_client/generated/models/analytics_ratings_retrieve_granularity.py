from typing import Literal

AnalyticsRatingsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_RATINGS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsRatingsRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_ratings_retrieve_granularity(value: str) -> AnalyticsRatingsRetrieveGranularity:
    if value in ANALYTICS_RATINGS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_RATINGS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
