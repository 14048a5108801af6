from typing import Literal, cast

from ..._validation import unknown_enum_value

MediaResourceItemTypeEnum = Literal[
    "all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"
]

MEDIA_RESOURCE_ITEM_TYPE_ENUM_VALUES: frozenset[MediaResourceItemTypeEnum] = frozenset(
    ["all", "course", "course_resource", "course_unit", "resource", "unit", "unit_resource"]
)


def check_media_resource_item_type_enum(
    value: object, path: str = "MediaResourceItemTypeEnum", *, known_only: bool = False
) -> MediaResourceItemTypeEnum:
    """`value` as a `MediaResourceItemTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in MEDIA_RESOURCE_ITEM_TYPE_ENUM_VALUES:
        return value
    return cast(
        MediaResourceItemTypeEnum,
        unknown_enum_value(
            path,
            value,
            MEDIA_RESOURCE_ITEM_TYPE_ENUM_VALUES,
            "MediaResourceItemTypeEnum",
            known_only=known_only,
        ),
    )
