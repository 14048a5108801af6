from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_average_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_AVERAGE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat",
            known_only=known_only,
        ),
    )
