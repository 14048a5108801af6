from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnersRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_LEARNERS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsLearnersRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_learners_retrieve_date_filter(
    value: object, path: str = "AnalyticsLearnersRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsLearnersRetrieveDateFilter:
    """`value` as a `AnalyticsLearnersRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNERS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsLearnersRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNERS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsLearnersRetrieveDateFilter",
            known_only=known_only,
        ),
    )
