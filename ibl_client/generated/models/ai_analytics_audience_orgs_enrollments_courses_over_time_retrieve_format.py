from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_courses_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_COURSES_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
