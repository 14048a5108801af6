from typing import Literal

DataSetStatusEnum = Literal["completed", "failed", "pending", "processing"]

DATA_SET_STATUS_ENUM_VALUES: frozenset[DataSetStatusEnum] = frozenset(
    ["completed", "failed", "pending", "processing"]
)


def check_data_set_status_enum(value: str) -> DataSetStatusEnum:
    if value in DATA_SET_STATUS_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(DATA_SET_STATUS_ENUM_VALUES)!r}"
    )
