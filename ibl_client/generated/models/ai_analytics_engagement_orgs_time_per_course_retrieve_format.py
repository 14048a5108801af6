from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
