from typing import Literal

AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES)!r}"
    )
