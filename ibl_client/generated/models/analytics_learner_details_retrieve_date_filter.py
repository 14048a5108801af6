from typing import Literal, cast

from ..._validation import unknown_enum_value

AnalyticsLearnerDetailsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_LEARNER_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsLearnerDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_learner_details_retrieve_date_filter(
    value: object,
    path: str = "AnalyticsLearnerDetailsRetrieveDateFilter",
    *,
    known_only: bool = False,
) -> AnalyticsLearnerDetailsRetrieveDateFilter:
    """`value` as a `AnalyticsLearnerDetailsRetrieveDateFilter`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ANALYTICS_LEARNER_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value
    return cast(
        AnalyticsLearnerDetailsRetrieveDateFilter,
        unknown_enum_value(
            path,
            value,
            ANALYTICS_LEARNER_DETAILS_RETRIEVE_DATE_FILTER_VALUES,
            "AnalyticsLearnerDetailsRetrieveDateFilter",
            known_only=known_only,
        ),
    )
