from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_videos_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
