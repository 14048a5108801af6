from typing import Literal

PlatformOrgsCoursesUsersProgressRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_USERS_PROGRESS_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesUsersProgressRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_users_progress_retrieve_format(
    value: str,
) -> PlatformOrgsCoursesUsersProgressRetrieveFormat:
    if value in PLATFORM_ORGS_COURSES_USERS_PROGRESS_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_COURSES_USERS_PROGRESS_RETRIEVE_FORMAT_VALUES)!r}"
    )
