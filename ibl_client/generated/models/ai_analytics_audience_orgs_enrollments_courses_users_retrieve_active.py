from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_courses_users_retrieve_active(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_USERS_RETRIEVE_ACTIVE_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveActive",
            known_only=known_only,
        ),
    )
