from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES)!r}"
    )
