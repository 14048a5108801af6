from typing import Literal

PlatformOrgsCoursesUsersVideosCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_USERS_VIDEOS_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesUsersVideosCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_users_videos_count_retrieve_format(
    value: str,
) -> PlatformOrgsCoursesUsersVideosCountRetrieveFormat:
    if value in PLATFORM_ORGS_COURSES_USERS_VIDEOS_COUNT_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_COURSES_USERS_VIDEOS_COUNT_RETRIEVE_FORMAT_VALUES)!r}"
    )
