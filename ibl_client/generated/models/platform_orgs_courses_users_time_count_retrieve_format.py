from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsCoursesUsersTimeCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_USERS_TIME_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesUsersTimeCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_users_time_count_retrieve_format(
    value: object,
    path: str = "PlatformOrgsCoursesUsersTimeCountRetrieveFormat",
    *,
    known_only: bool = False,
) -> PlatformOrgsCoursesUsersTimeCountRetrieveFormat:
    """`value` as a `PlatformOrgsCoursesUsersTimeCountRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PLATFORM_ORGS_COURSES_USERS_TIME_COUNT_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PlatformOrgsCoursesUsersTimeCountRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_COURSES_USERS_TIME_COUNT_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsCoursesUsersTimeCountRetrieveFormat",
            known_only=known_only,
        ),
    )
