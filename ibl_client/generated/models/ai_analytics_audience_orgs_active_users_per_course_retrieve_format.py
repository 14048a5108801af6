from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_active_users_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ACTIVE_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
