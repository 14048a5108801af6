from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
