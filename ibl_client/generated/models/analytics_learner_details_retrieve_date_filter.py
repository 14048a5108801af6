from typing import Literal

AnalyticsLearnerDetailsRetrieveDateFilter = Literal[
    "30d", "7d", "90d", "all_time", "custom", "today"
]

ANALYTICS_LEARNER_DETAILS_RETRIEVE_DATE_FILTER_VALUES: frozenset[
    AnalyticsLearnerDetailsRetrieveDateFilter
] = frozenset(["30d", "7d", "90d", "all_time", "custom", "today"])


def check_analytics_learner_details_retrieve_date_filter(
    value: str,
) -> AnalyticsLearnerDetailsRetrieveDateFilter:
    if value in ANALYTICS_LEARNER_DETAILS_RETRIEVE_DATE_FILTER_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNER_DETAILS_RETRIEVE_DATE_FILTER_VALUES)!r}"
    )
