from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_course_completion_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
