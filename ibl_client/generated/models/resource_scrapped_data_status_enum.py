from typing import Literal

ResourceScrappedDataStatusEnum = Literal["failed", "pending", "scrapped", "unscrapped"]

RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES: frozenset[ResourceScrappedDataStatusEnum] = frozenset(
    ["failed", "pending", "scrapped", "unscrapped"]
)


def check_resource_scrapped_data_status_enum(value: str) -> ResourceScrappedDataStatusEnum:
    if value in RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES)!r}"
    )
