from typing import Literal

Status3DaEnum = Literal["CANCELLED", "READ", "UNREAD"]

STATUS_3_DA_ENUM_VALUES: frozenset[Status3DaEnum] = frozenset(["CANCELLED", "READ", "UNREAD"])


def check_status_3_da_enum(value: str) -> Status3DaEnum:
    if value in STATUS_3_DA_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(STATUS_3_DA_ENUM_VALUES)!r}"
    )
