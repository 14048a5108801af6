from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_active(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveActive:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_ACTIVE_VALUES)!r}"
    )
