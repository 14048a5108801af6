from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnerDetailsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_LEARNER_DETAILS_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsLearnerDetailsRetrieveGranularity
] = frozenset(["day", "hour", "month", "week"])


def check_analytics_learner_details_retrieve_granularity(
    value: object,
    path: str = "AnalyticsLearnerDetailsRetrieveGranularity",
    *,
    known_only: bool = False,
) -> AnalyticsLearnerDetailsRetrieveGranularity:
    """`value` as a `AnalyticsLearnerDetailsRetrieveGranularity`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNER_DETAILS_RETRIEVE_GRANULARITY_VALUES:
        return value
    return cast(
        AnalyticsLearnerDetailsRetrieveGranularity,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNER_DETAILS_RETRIEVE_GRANULARITY_VALUES,
            "AnalyticsLearnerDetailsRetrieveGranularity",
            known_only=known_only,
        ),
    )
