from typing import Literal

ComponentBlockTypeEnum = Literal["html", "multiple_choice"]

COMPONENT_BLOCK_TYPE_ENUM_VALUES: frozenset[ComponentBlockTypeEnum] = frozenset(
    ["html", "multiple_choice"]
)


def check_component_block_type_enum(value: str) -> ComponentBlockTypeEnum:
    if value in COMPONENT_BLOCK_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(COMPONENT_BLOCK_TYPE_ENUM_VALUES)!r}"
    )
