from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
