from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
