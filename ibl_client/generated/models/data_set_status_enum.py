from typing import Literal

DataSetStatusEnum = Literal["completed", "failed", "pending", "processing"]

DATA_SET_STATUS_ENUM_VALUES: set[DataSetStatusEnum] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_data_set_status_enum(value: str) -> DataSetStatusEnum:
    if value in DATA_SET_STATUS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_SET_STATUS_ENUM_VALUES!r}")
