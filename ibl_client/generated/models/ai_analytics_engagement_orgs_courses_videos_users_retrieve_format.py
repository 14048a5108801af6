from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_videos_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
