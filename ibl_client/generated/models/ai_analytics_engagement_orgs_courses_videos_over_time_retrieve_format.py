from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_videos_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
