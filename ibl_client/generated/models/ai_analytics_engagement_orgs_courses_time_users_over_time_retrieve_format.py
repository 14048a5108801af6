from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_courses_time_users_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSES_TIME_USERS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
