from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format(
    value: object,
    path: str = "AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat:
    """`value` as a `AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat",
            known_only=known_only,
        ),
    )
