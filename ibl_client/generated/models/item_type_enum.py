from typing import Literal

ItemTypeEnum = Literal[
    "all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"
]

ITEM_TYPE_ENUM_VALUES: set[ItemTypeEnum] = {
    "all",
    "course",
    "course_resource",
    "course_unit",
    "resource",
    "unit",
    "unit_resource",
}


def check_item_type_enum(value: str) -> ItemTypeEnum:
    if value in ITEM_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ITEM_TYPE_ENUM_VALUES!r}")
