from typing import Literal, cast

from ..._validation import unknown_enum_value

ItemTypeEnum = Literal[
    "all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"
]

ITEM_TYPE_ENUM_VALUES: frozenset[ItemTypeEnum] = frozenset(
    ["all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"]
)


def check_item_type_enum(
    value: object, path: str = "ItemTypeEnum", *, known_only: bool = False
) -> ItemTypeEnum:
    """`value` as a `ItemTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ITEM_TYPE_ENUM_VALUES:
        return value
    return cast(
        ItemTypeEnum,
        unknown_enum_value(
            path, value, ITEM_TYPE_ENUM_VALUES, "ItemTypeEnum", known_only=known_only
        ),
    )
