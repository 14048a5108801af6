from typing import Literal, cast

from ..._validation import unknown_enum_value

ItemType40FEnum = Literal["course", "mentor", "pathway", "program"]

ITEM_TYPE_40F_ENUM_VALUES: frozenset[ItemType40FEnum] = frozenset(
    ["course", "mentor", "pathway", "program"]
)


def check_item_type_40f_enum(
    value: object, path: str = "ItemType40FEnum", *, known_only: bool = False
) -> ItemType40FEnum:
    """`value` as a `ItemType40FEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ITEM_TYPE_40F_ENUM_VALUES:
        return value
    return cast(
        ItemType40FEnum,
        unknown_enum_value(
            path, value, ITEM_TYPE_40F_ENUM_VALUES, "ItemType40FEnum", known_only=known_only
        ),
    )
