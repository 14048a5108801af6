from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES: set[
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive
] = {
    "False",
    "false",
    "n",
    "no",
    "true",
    "True",
    "y",
    "yes",
}


def check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES!r}"
    )
