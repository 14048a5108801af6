from typing import Literal

MediaResourceItemTypeEnum = Literal[
    "all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"
]

MEDIA_RESOURCE_ITEM_TYPE_ENUM_VALUES: frozenset[MediaResourceItemTypeEnum] = frozenset(
    ["all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"]
)


def check_media_resource_item_type_enum(value: str) -> MediaResourceItemTypeEnum:
    if value in MEDIA_RESOURCE_ITEM_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(MEDIA_RESOURCE_ITEM_TYPE_ENUM_VALUES)!r}"
    )
