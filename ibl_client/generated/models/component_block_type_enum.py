from typing import Literal, cast

from ..._validation import unknown_enum_value

ComponentBlockTypeEnum = Literal["html", "multiple_choice"]

COMPONENT_BLOCK_TYPE_ENUM_VALUES: frozenset[ComponentBlockTypeEnum] = frozenset(
    ["html", "multiple_choice"]
)


def check_component_block_type_enum(
    value: object, path: str = "ComponentBlockTypeEnum", *, known_only: bool = False
) -> ComponentBlockTypeEnum:
    """`value` as a `ComponentBlockTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in COMPONENT_BLOCK_TYPE_ENUM_VALUES:
        return value
    return cast(
        ComponentBlockTypeEnum,
        unknown_enum_value(
            path,
            value,
            COMPONENT_BLOCK_TYPE_ENUM_VALUES,
            "ComponentBlockTypeEnum",
            known_only=known_only,
        ),
    )
