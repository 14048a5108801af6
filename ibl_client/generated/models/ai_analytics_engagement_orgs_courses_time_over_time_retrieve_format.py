from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
