from typing import Literal, cast

from ..._validation import unknown_enum_value

PlatformListStatusEnum = Literal[-2, -1, 0, 1, 2, 3, 4, 5, 6]

PLATFORM_LIST_STATUS_ENUM_VALUES: frozenset[PlatformListStatusEnum] = frozenset(
    [-2, -1, 0, 1, 2, 3, 4, 5, 6]
)


def check_platform_list_status_enum(
    value: object, path: str = "PlatformListStatusEnum", *, known_only: bool = False
) -> PlatformListStatusEnum:
    """`value` as a `PlatformListStatusEnum`; a int outside it is kept unless strict or `known_only`."""
    if isinstance(value, int) and value in PLATFORM_LIST_STATUS_ENUM_VALUES:
        return value
    return cast(
        PlatformListStatusEnum,
        unknown_enum_value(
            path,
            value,
            PLATFORM_LIST_STATUS_ENUM_VALUES,
            "PlatformListStatusEnum",
            known_only=known_only,
        ),
    )
