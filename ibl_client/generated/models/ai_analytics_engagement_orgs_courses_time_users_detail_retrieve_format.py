from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_users_detail_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_DETAIL_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat",
            known_only=known_only,
        ),
    )
