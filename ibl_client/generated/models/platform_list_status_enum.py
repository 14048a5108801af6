from typing import Literal

PlatformListStatusEnum = Literal[-2, -1, 0, 1, 2, 3, 4, 5, 6]

PLATFORM_LIST_STATUS_ENUM_VALUES: set[PlatformListStatusEnum] = {
    -2,
    -1,
    0,
    1,
    2,
    3,
    4,
    5,
    6,
}


def check_platform_list_status_enum(value: int) -> PlatformListStatusEnum:
    if value in PLATFORM_LIST_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLATFORM_LIST_STATUS_ENUM_VALUES!r}"
    )
