from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
