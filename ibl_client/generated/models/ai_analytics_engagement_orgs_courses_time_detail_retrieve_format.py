from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_detail_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_DETAIL_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
