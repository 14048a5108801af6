from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnersListRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_LEARNERS_LIST_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsLearnersListRetrieveGranularity
] = frozenset(["day", "hour", "month", "week"])


def check_analytics_learners_list_retrieve_granularity(
    value: object,
    path: str = "AnalyticsLearnersListRetrieveGranularity",
    *,
    known_only: bool = False,
) -> AnalyticsLearnersListRetrieveGranularity:
    """`value` as a `AnalyticsLearnersListRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNERS_LIST_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsLearnersListRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNERS_LIST_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsLearnersListRetrieveGranularity",
            known_only=known_only,
        ),
    )
