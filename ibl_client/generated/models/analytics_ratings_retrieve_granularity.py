from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsRatingsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_RATINGS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsRatingsRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_ratings_retrieve_granularity(
    value: object, path: str = "AnalyticsRatingsRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsRatingsRetrieveGranularity:
    """`value` as a `AnalyticsRatingsRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_RATINGS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsRatingsRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_RATINGS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsRatingsRetrieveGranularity",
            known_only=known_only,
        ),
    )
