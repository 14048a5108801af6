from typing import Literal

ResourceScrappedDataStatusEnum = Literal["failed", "pending", "scrapped", "unscrapped"]

RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES: set[ResourceScrappedDataStatusEnum] = {
    "failed",
    "pending",
    "scrapped",
    "unscrapped",
}


def check_resource_scrapped_data_status_enum(value: str) -> ResourceScrappedDataStatusEnum:
    if value in RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_SCRAPPED_DATA_STATUS_ENUM_VALUES!r}"
    )
