from typing import Literal, cast

from ..._validation import unknown_enum_value

AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat = Literal["json"]

AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES: frozenset[
    AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat
] = frozenset(["json"])


def check_ai_analytics_perlearner_orgs_users_videos_per_course_retrieve_format(
    value: object,
    path: str = "AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat",
    *,
    known_only: bool = False,
) -> AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat:
    """`value` as a `AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            AI_ANALYTICS_PERLEARNER_ORGS_USERS_VIDEOS_PER_COURSE_RETRIEVE_FORMAT_VALUES,
            "AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat",
            known_only=known_only,
        ),
    )
