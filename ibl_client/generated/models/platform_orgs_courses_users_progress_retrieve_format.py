from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsCoursesUsersProgressRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_USERS_PROGRESS_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesUsersProgressRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_users_progress_retrieve_format(
    value: object,
    path: str = "PlatformOrgsCoursesUsersProgressRetrieveFormat",
    *,
    known_only: bool = False,
) -> PlatformOrgsCoursesUsersProgressRetrieveFormat:
    """`value` as a `PlatformOrgsCoursesUsersProgressRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if (
        isinstance(value, str)
        and value in PLATFORM_ORGS_COURSES_USERS_PROGRESS_RETRIEVE_FORMAT_VALUES
    ):
        return value
    return cast(
        PlatformOrgsCoursesUsersProgressRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_COURSES_USERS_PROGRESS_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsCoursesUsersProgressRetrieveFormat",
            known_only=known_only,
        ),
    )
