from typing import Literal

ItemTypeEnum = Literal[
    "all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"
]

ITEM_TYPE_ENUM_VALUES: frozenset[ItemTypeEnum] = frozenset(
    ["all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"]
)


def check_item_type_enum(value: str) -> ItemTypeEnum:
    if value in ITEM_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ITEM_TYPE_ENUM_VALUES)!r}"
    )
