from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive = Literal[
    "False", "True", "false", "n", "no", "true", "y", "yes"
]

AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES: frozenset[
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive
] = frozenset(["False", "True", "false", "n", "no", "true", "y", "yes"])


def check_ai_analytics_audience_orgs_enrollments_over_time_retrieve_active(
    value: object,
    path: str = "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive",
    *,
    known_only: bool = False,
) -> AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive:
    """`value` as a `AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES
    ):
        return value
    return cast(
        AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_AUDIENCE_ORGS_ENROLLMENTS_OVER_TIME_RETRIEVE_ACTIVE_VALUES,
            "AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive",
            known_only=known_only,
        ),
    )
