from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_videos_summary_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_VIDEOS_SUMMARY_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat",
            known_only=known_only,
        ),
    )
