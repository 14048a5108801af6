from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
