from typing import Literal, cast

from ..._validation import unknown_enum_value

Status6EeEnum = Literal["draft", "error", "published", "syncing"]

STATUS_6_EE_ENUM_VALUES: frozenset[Status6EeEnum] = frozenset(
    ["draft", "error", "published", "syncing"]
)


def check_status_6_ee_enum(
    value: object, path: str = "Status6EeEnum", *, known_only: bool = False
) -> Status6EeEnum:
    """`value` as a `Status6EeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in STATUS_6_EE_ENUM_VALUES:
        return value
    return cast(
        Status6EeEnum,
        unknown_enum_value(
            path, value, STATUS_6_EE_ENUM_VALUES, "Status6EeEnum", known_only=known_only
        ),
    )
