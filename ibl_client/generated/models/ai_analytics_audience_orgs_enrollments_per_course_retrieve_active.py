from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: set[
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive
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


def check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES!r}"
    )
