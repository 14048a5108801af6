from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsCoursesVideosRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_videos_retrieve_format(
    value: object,
    path: str = "PlatformOrgsCoursesVideosRetrieveFormat",
    *,
    known_only: bool = False,
) -> PlatformOrgsCoursesVideosRetrieveFormat:
    """`value` as a `PlatformOrgsCoursesVideosRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORM_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PlatformOrgsCoursesVideosRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsCoursesVideosRetrieveFormat",
            known_only=known_only,
        ),
    )
