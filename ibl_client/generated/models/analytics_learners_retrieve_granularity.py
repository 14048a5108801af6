from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnersRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_LEARNERS_RETRIEVE_GRANULARITY_VALUES: frozenset[AnalyticsLearnersRetrieveGranularity] = (
    frozenset(["day", "hour", "month", "week"])
)


def check_analytics_learners_retrieve_granularity(
    value: object, path: str = "AnalyticsLearnersRetrieveGranularity", *, known_only: bool = False
) -> AnalyticsLearnersRetrieveGranularity:
    """`value` as a `AnalyticsLearnersRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNERS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsLearnersRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNERS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsLearnersRetrieveGranularity",
            known_only=known_only,
        ),
    )
