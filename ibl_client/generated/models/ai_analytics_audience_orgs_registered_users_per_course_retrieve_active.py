from typing import Literal

AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES)!r}"
    )
