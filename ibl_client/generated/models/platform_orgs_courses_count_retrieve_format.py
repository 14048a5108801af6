from typing import Literal

PlatformOrgsCoursesCountRetrieveFormat = Literal["json"]

PLATFORM_ORGS_COURSES_COUNT_RETRIEVE_FORMAT_VALUES: frozenset[
    PlatformOrgsCoursesCountRetrieveFormat
] = frozenset(["json"])


def check_platform_orgs_courses_count_retrieve_format(
    value: str,
) -> PlatformOrgsCoursesCountRetrieveFormat:
    if value in PLATFORM_ORGS_COURSES_COUNT_RETRIEVE_FORMAT_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_ORGS_COURSES_COUNT_RETRIEVE_FORMAT_VALUES)!r}"
    )
