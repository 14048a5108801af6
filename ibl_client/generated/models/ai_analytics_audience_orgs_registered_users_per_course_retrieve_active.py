from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_registered_users_per_course_retrieve_active(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive:
    """`value` as a `AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_REGISTERED_USERS_PER_COURSE_RETRIEVE_ACTIVE_VALUES,
            "AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive",
            known_only=known_only,
        ),
    )
