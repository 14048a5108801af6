from typing import Literal

AnalyticsLearnersRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_LEARNERS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsLearnersRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_learners_retrieve_granularity(
    value: str,
) -> AnalyticsLearnersRetrieveGranularity:
    if value in ANALYTICS_LEARNERS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNERS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
