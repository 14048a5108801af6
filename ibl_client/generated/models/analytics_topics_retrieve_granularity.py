from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsTopicsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_TOPICS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsTopicsRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_topics_retrieve_granularity(
    value: object, path: str = "AnalyticsTopicsRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsTopicsRetrieveGranularity:
    """`value` as a `AnalyticsTopicsRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_TOPICS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsTopicsRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_TOPICS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsTopicsRetrieveGranularity",
            known_only=known_only,
        ),
    )
