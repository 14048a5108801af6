from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES)!r}"
    )
