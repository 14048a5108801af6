from typing import Literal, cast

from ..._validation import unknown_enum_value

XblockTypeEnum = Literal["html", "problem", "section", "subsection", "unit", "video"]

XBLOCK_TYPE_ENUM_VALUES: frozenset[XblockTypeEnum] = frozenset(
    ["html", "problem", "section", "subsection", "unit", "video"]
)


def check_xblock_type_enum(
    value: object, path: str = "XblockTypeEnum", *, known_only: bool = False
) -> XblockTypeEnum:
    """`value` as a `XblockTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in XBLOCK_TYPE_ENUM_VALUES:
        return value
    return cast(
        XblockTypeEnum,
        unknown_enum_value(
            path, value, XBLOCK_TYPE_ENUM_VALUES, "XblockTypeEnum", known_only=known_only
        ),
    )
