from typing import Literal

AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_videos_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
