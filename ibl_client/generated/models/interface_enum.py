from typing import Literal

InterfaceEnum = Literal["api", "chat"]

INTERFACE_ENUM_VALUES: frozenset[InterfaceEnum] = frozenset(["api", "chat"])


def check_interface_enum(value: str) -> InterfaceEnum:
    if value in INTERFACE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(INTERFACE_ENUM_VALUES)!r}"
    )
