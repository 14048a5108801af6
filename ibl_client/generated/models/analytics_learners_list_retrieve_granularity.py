from typing import Literal

AnalyticsLearnersListRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_LEARNERS_LIST_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsLearnersListRetrieveGranularity
] = frozenset(["day", "hour", "month", "week"])


def check_analytics_learners_list_retrieve_granularity(
    value: str,
) -> AnalyticsLearnersListRetrieveGranularity:
    if value in ANALYTICS_LEARNERS_LIST_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNERS_LIST_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
