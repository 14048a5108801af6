from typing import Literal

AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive = Literal[
    "False", "false", "n", "no", "true", "True", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: set[
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive
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


def check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES!r}"
    )
