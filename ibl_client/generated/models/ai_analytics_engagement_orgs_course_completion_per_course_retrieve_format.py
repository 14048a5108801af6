from typing import Literal

AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_course_completion_per_course_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat:
    if value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
