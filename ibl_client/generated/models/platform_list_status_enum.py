from typing import Literal

PlatformListStatusEnum = Literal[-2, -1, 0, 1, 2, 3, 4, 5, 6]

PLATFORM_LIST_STATUS_ENUM_VALUES: frozenset[PlatformListStatusEnum] = frozenset(
    [-2, -1, 0, 1, 2, 3, 4, 5, 6]
)


def check_platform_list_status_enum(value: int) -> PlatformListStatusEnum:
    if value in PLATFORM_LIST_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PLATFORM_LIST_STATUS_ENUM_VALUES)!r}"
    )
