from typing import Literal

AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_videos_users_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES)!r}"
    )
