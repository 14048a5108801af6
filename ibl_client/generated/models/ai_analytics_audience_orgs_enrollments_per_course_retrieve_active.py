from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_active(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive",
            known_only=known_only,
        ),
    )
