from typing import Literal, cast

from ..._validation import unknown_enum_value

Status3DaEnum = Literal["CANCELLED", "READ", "UNREAD"]

STATUS_3_DA_ENUM_VALUES: frozenset[Status3DaEnum] = frozenset(["CANCELLED", "READ", "UNREAD"])


def check_status_3_da_enum(
    value: object, path: str = "Status3DaEnum", *, known_only: bool = False
) -> Status3DaEnum:
    """`value` as a `Status3DaEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STATUS_3_DA_ENUM_VALUES:
        return value
    return cast(
        Status3DaEnum,
        unknown_enum_value(
            path, value, STATUS_3_DA_ENUM_VALUES, "Status3DaEnum", known_only=known_only
        ),
    )
