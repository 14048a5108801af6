from typing import Literal

PlatformOrgsCoursesVideosRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesVideosRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_videos_retrieve_format(
    value: str,
) -> PlatformOrgsCoursesVideosRetrieveFormat:
    if value in PLATFORM_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_COURSES_VIDEOS_RETRIEVE_FORMAT_VALUES)!r}"
    )
