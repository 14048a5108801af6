from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES: set[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat
] = {
    "json",
}


def check_ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES!r}"
    )
