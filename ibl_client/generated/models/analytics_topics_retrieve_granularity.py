from typing import Literal

AnalyticsTopicsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_TOPICS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsTopicsRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_topics_retrieve_granularity(value: str) -> AnalyticsTopicsRetrieveGranularity:
    if value in ANALYTICS_TOPICS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_TOPICS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
