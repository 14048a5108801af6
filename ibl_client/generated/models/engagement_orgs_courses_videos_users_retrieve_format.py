from typing import Literal, cast

from ..._validation import unknown_enum_value

EngagementOrgsCoursesVideosUsersRetrieveFormat = Literal["json"]

ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES: frozenset[
    EngagementOrgsCoursesVideosUsersRetrieveFormat
] = frozenset(["json"])


def check_engagement_orgs_courses_videos_users_retrieve_format(
    value: object,
    path: str = "EngagementOrgsCoursesVideosUsersRetrieveFormat",
    *,
    known_only: bool = False,
) -> EngagementOrgsCoursesVideosUsersRetrieveFormat:
    """`value` as a `EngagementOrgsCoursesVideosUsersRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        EngagementOrgsCoursesVideosUsersRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            ENGAGEMENT_ORGS_COURSES_VIDEOS_USERS_RETRIEVE_FORMAT_VALUES,
            "EngagementOrgsCoursesVideosUsersRetrieveFormat",
            known_only=known_only,
        ),
    )
