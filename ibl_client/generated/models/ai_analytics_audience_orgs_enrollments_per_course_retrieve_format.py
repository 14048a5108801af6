from typing import Literal

AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
