from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsRatingsRetrieveDateFilter = Literal["30d", "7d", "90d", "all_time", "custom", "today"]

ANALYTICS_RATINGS_RETRIEVE_DATE_FILTER_VALUES: frozenset[AnalyticsRatingsRetrieveDateFilter] = (
    frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])
)


def check_analytics_ratings_retrieve_date_filter(
    value: object, path: str = "AnalyticsRatingsRetrieveDateFilter", *, known_only: bool = False
) -> AnalyticsRatingsRetrieveDateFilter:
    """`value` as a `AnalyticsRatingsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_RATINGS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsRatingsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_RATINGS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsRatingsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
