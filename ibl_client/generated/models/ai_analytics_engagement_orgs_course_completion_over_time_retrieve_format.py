from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_course_completion_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_COURSE_COMPLETION_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
