from typing import Literal

MediaTypeEnum = Literal["audio", "document", "image", "other", "video"]

MEDIA_TYPE_ENUM_VALUES: frozenset[MediaTypeEnum] = frozenset(
    ["audio", "document", "image", "other", "video"]
)


def check_media_type_enum(value: str) -> MediaTypeEnum:
    if value in MEDIA_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(MEDIA_TYPE_ENUM_VALUES)!r}"
    )
