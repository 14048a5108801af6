from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsUsersCoursesCompletedCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_USERS_COURSES_COMPLETED_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsUsersCoursesCompletedCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_users_courses_completed_count_retrieve_format(
    value: object,
    path: str = "PlatformOrgsUsersCoursesCompletedCountRetrieveFormat",
    *,
    known_only: bool = False,
) -> PlatformOrgsUsersCoursesCompletedCountRetrieveFormat:
    """`value` as a `PlatformOrgsUsersCoursesCompletedCountRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PLATFORM_ORGS_USERS_COURSES_COMPLETED_COUNT_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PlatformOrgsUsersCoursesCompletedCountRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_USERS_COURSES_COMPLETED_COUNT_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsUsersCoursesCompletedCountRetrieveFormat",
            known_only=known_only,
        ),
    )
