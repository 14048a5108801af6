from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_active(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_ACTIVE_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveActive",
            known_only=known_only,
        ),
    )
