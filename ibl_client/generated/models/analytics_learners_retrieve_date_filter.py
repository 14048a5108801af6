from typing import Literal

AnalyticsLearnersRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_LEARNERS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsLearnersRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_learners_retrieve_date_filter(
    value: str,
) -> AnalyticsLearnersRetrieveDateFilter:
    if value in ANALYTICS_LEARNERS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNERS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
