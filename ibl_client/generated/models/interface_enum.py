from typing import Literal, cast

from ..._validation import unknown_enum_value

InterfaceEnum = Literal["api", "chat"]

INTERFACE_ENUM_VALUES: frozenset[InterfaceEnum] = frozenset(["api", "chat"])


def check_interface_enum(
    value: object, path: str = "InterfaceEnum", *, known_only: bool = False
) -> InterfaceEnum:
    """`value` as a `InterfaceEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in INTERFACE_ENUM_VALUES:
        return value
    return cast(
        InterfaceEnum,
        unknown_enum_value(
            path, value, INTERFACE_ENUM_VALUES, "InterfaceEnum", known_only=known_only
        ),
    )
