from typing import Literal

PlatformOrgsCoursesUsersTimeCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_USERS_TIME_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesUsersTimeCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_users_time_count_retrieve_format(
    value: str,
) -> PlatformOrgsCoursesUsersTimeCountRetrieveFormat:
    if value in PLATFORM_ORGS_COURSES_USERS_TIME_COUNT_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_COURSES_USERS_TIME_COUNT_RETRIEVE_FORMAT_VALUES)!r}"
    )
