from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnersListRetrieveSortOrder = Literal["asc", "desc"]

ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_ORDER_VALUES: frozenset[
    AnalyticsLearnersListRetrieveSortOrder
] = frozenset(["asc", "desc"])


def check_analytics_learners_list_retrieve_sort_order(
    value: object, path: str = "AnalyticsLearnersListRetrieveSortOrder", *, known_only: bool = False
) -> AnalyticsLearnersListRetrieveSortOrder:
    """`value` as a `AnalyticsLearnersListRetrieveSortOrder`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_ORDER_VALUES:
        return value
    return cast(
        AnalyticsLearnersListRetrieveSortOrder,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNERS_LIST_RETRIEVE_SORT_ORDER_VALUES,
            "AnalyticsLearnersListRetrieveSortOrder",
            known_only=known_only,
        ),
    )
