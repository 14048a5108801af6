from typing import Literal

AnalyticsLearnerDetailsRetrieveGranularity = Literal["day", "hour", "month", "week"]

ANALYTICS_LEARNER_DETAILS_RETRIEVE_GRANULARITY_VALUES: frozenset[
    AnalyticsLearnerDetailsRetrieveGranularity
] = frozenset(["day", "hour", "month", "week"])


def check_analytics_learner_details_retrieve_granularity(
    value: str,
) -> AnalyticsLearnerDetailsRetrieveGranularity:
    if value in ANALYTICS_LEARNER_DETAILS_RETRIEVE_GRANULARITY_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ANALYTICS_LEARNER_DETAILS_RETRIEVE_GRANULARITY_VALUES)!r}"
    )
