from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_users_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
