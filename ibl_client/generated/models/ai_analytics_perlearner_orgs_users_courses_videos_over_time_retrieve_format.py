from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES)!r}"
    )
