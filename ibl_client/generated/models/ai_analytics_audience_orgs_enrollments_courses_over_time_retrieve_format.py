from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
