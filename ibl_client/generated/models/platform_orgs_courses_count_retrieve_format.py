from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformOrgsCoursesCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_count_retrieve_format(
    value: object, path: str = "PlatformOrgsCoursesCountRetrieveFormat", *, known_only: bool = False
) -> PlatformOrgsCoursesCountRetrieveFormat:
    """`value` as a `PlatformOrgsCoursesCountRetrieveFormat`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PLATFORM_ORGS_COURSES_COUNT_RETRIEVE_FORMAT_VALUES:
        return value
    return cast(
        PlatformOrgsCoursesCountRetrieveFormat,
        unknown_enum_value(
            path,
            value,
            PLATFORM_ORGS_COURSES_COUNT_RETRIEVE_FORMAT_VALUES,
            "PlatformOrgsCoursesCountRetrieveFormat",
            known_only=known_only,
        ),
    )
