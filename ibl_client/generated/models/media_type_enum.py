from typing import Literal, cast

from ..._validation import unknown_enum_value

MediaTypeEnum = Literal["audio", "document", "image", "other", "video"]

MEDIA_TYPE_ENUM_VALUES: frozenset[MediaTypeEnum] = frozenset(
    ["audio", "document", "image", "other", "video"]
)


def check_media_type_enum(
    value: object, path: str = "MediaTypeEnum", *, known_only: bool = False
) -> MediaTypeEnum:
    """`value` as a `MediaTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in MEDIA_TYPE_ENUM_VALUES:
        return value
    return cast(
        MediaTypeEnum,
        unknown_enum_value(
            path, value, MEDIA_TYPE_ENUM_VALUES, "MediaTypeEnum", known_only=known_only
        ),
    )
