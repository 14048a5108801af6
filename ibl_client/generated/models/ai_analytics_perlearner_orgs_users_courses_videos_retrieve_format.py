from typing import Literal

AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format(
    value: str,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat:
    if value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES)!r}"
    )
