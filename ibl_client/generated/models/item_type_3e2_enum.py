from typing import Literal, cast

from ..._validation import unknown_enum_value

ItemType3E2Enum = Literal["course", "mentor", "pathway", "program"]

ITEM_TYPE_3E2_ENUM_VALUES: frozenset[ItemType3E2Enum] = frozenset(
    ["course", "mentor", "pathway", "program"]
)


def check_item_type_3e2_enum(
    value: object, path: str = "ItemType3E2Enum", *, known_only: bool = False
) -> ItemType3E2Enum:
    """`value` as a `ItemType3E2Enum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ITEM_TYPE_3E2_ENUM_VALUES:
        return value
    return cast(
        ItemType3E2Enum,
        unknown_enum_value(
            path, value, ITEM_TYPE_3E2_ENUM_VALUES, "ItemType3E2Enum", known_only=known_only
        ),
    )
