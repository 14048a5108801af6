from typing import Literal

AnalyticsLearnersListRetrieveSortOrder = Literal["asc", "desc"]

ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_ORDER_VALUES: frozenset[
    AnalyticsLearnersListRetrieveSortOrder
] = frozenset(["asc", "desc"])


def check_analytics_learners_list_retrieve_sort_order(
    value: str,
) -> AnalyticsLearnersListRetrieveSortOrder:
    if value in ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_ORDER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_ORDER_VALUES)!r}"
    )
