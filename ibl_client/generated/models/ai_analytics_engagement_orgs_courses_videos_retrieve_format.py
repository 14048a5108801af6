from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_videos_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
