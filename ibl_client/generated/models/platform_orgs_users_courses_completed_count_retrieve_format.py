from typing import Literal

PlatformOrgsUsersCoursesCompletedCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_USERS_COURSES_COMPLETED_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsUsersCoursesCompletedCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_users_courses_completed_count_retrieve_format(
    value: str,
) -> PlatformOrgsUsersCoursesCompletedCountRetrieveFormat:
    if value in PLATFORM_ORGS_USERS_COURSES_COMPLETED_COUNT_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_USERS_COURSES_COMPLETED_COUNT_RETRIEVE_FORMAT_VALUES)!r}"
    )
