from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsCoursesUsersVideosCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_USERS_VIDEOS_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesUsersVideosCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_users_videos_count_retrieve_format(
    value: object,
    path: str = "PlatformOrgsCoursesUsersVideosCountRetrieveFormat",
    *,
    known_only: bool = False,
) -> PlatformOrgsCoursesUsersVideosCountRetrieveFormat:
    """`value` as a `PlatformOrgsCoursesUsersVideosCountRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PLATFORM_ORGS_COURSES_USERS_VIDEOS_COUNT_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PlatformOrgsCoursesUsersVideosCountRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_COURSES_USERS_VIDEOS_COUNT_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsCoursesUsersVideosCountRetrieveFormat",
            known_only=known_only,
        ),
    )
