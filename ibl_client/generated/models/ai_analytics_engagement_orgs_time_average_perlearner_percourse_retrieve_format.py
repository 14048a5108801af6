from typing import Literal

AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_engagement_orgs_time_average_perlearner_percourse_retrieve_format(
    value: str,
) -> AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat:
    if (
        value
        in AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_ENGAGEMENT_ORGS_TIME_AVERAGE_PERLEARNER_PERCOURSE_RETRIEVE_FORMAT_VALUES)!r}"
    )
