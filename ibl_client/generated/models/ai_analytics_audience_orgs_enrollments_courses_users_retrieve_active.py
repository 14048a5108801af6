from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES: set[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive
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


def check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES!r}"
    )
