from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnersListRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_LEARNERS_LIST_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsLearnersListRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_learners_list_retrieve_date_filter(
    value: object,
    path: str = "AnalyticsLearnersListRetrieveDateFilter",
    *,
    known_only: bool = False,
) -> AnalyticsLearnersListRetrieveDateFilter:
    """`value` as a `AnalyticsLearnersListRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNERS_LIST_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsLearnersListRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNERS_LIST_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsLearnersListRetrieveDateFilter",
            known_only=known_only,
        ),
    )
