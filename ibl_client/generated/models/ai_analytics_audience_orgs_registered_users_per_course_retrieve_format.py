from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
