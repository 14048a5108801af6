from typing import Literal

Status6EeEnum = Literal["draft", "error", "published", "syncing"]

STATUS_6_EE_ENUM_VALUES: set[Status6EeEnum] = {
    "draft",
    "error",
    "published",
    "syncing",
}


def check_status_6_ee_enum(value: str) -> Status6EeEnum:
    if value in STATUS_6_EE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATUS_6_EE_ENUM_VALUES!r}")
