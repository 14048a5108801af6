from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
