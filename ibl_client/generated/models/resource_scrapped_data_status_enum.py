from typing import Literal, cast

from ..._validation import unknown_enum_value

ResourceScrappedDataStatusEnum = Literal["failed", "pending", "scrapped", "unscrapped"]

RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES: frozenset[ResourceScrappedDataStatusEnum] = frozenset(
    ["failed", "pending", "scrapped", "unscrapped"]
)


def check_resource_scrapped_data_status_enum(
    value: object, path: str = "ResourceScrappedDataStatusEnum", *, known_only: bool = False
) -> ResourceScrappedDataStatusEnum:
    """`value` as a `ResourceScrappedDataStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES:
        return value
    return cast(
        ResourceScrappedDataStatusEnum,
        unknown_enum_value(
            path,
            value,
            RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES,
            "ResourceScrappedDataStatusEnum",
            known_only=known_only,
        ),
    )
