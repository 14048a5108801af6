from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_courses_videos_over_time_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value
        in AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_COURSES_VIDEOS_OVER_TIME_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat",
            known_only=known_only,
        ),
    )
