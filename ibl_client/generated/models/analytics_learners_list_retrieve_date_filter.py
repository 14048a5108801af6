from typing import Literal

AnalyticsLearnersListRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_LEARNERS_LIST_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsLearnersListRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_learners_list_retrieve_date_filter(
    value: str,
) -> AnalyticsLearnersListRetrieveDateFilter:
    if value in ANALYTICS_LEARNERS_LIST_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNERS_LIST_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
