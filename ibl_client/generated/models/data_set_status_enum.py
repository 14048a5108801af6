from typing import Literal, cast

from ..._validation import unknown_enum_value

DataSetStatusEnum = Literal["completed", "failed", "pending", "processing"]

DATA_SET_STATUS_ENUM_VALUES: frozenset[DataSetStatusEnum] = frozenset(
    ["completed", "failed", "pending", "processing"]
)


def check_data_set_status_enum(
    value: object, path: str = "DataSetStatusEnum", *, known_only: bool = False
) -> DataSetStatusEnum:
    """`value` as a `DataSetStatusEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in DATA_SET_STATUS_ENUM_VALUES:
        return value
    return cast(
        DataSetStatusEnum,
        unknown_enum_value(
            path, value, DATA_SET_STATUS_ENUM_VALUES, "DataSetStatusEnum", known_only=known_only
        ),
    )
