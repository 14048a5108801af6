from typing import Literal

Status6EeEnum = Literal["draft", "error", "published", "syncing"]

STATUS_6_EE_ENUM_VALUES: frozenset[Status6EeEnum] = frozenset(
    ["draft", "error", "published", "syncing"]
)


def check_status_6_ee_enum(value: str) -> Status6EeEnum:
    if value in STATUS_6_EE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STATUS_6_EE_ENUM_VALUES)!r}"
    )
