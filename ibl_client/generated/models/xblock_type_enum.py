from typing import Literal

XblockTypeEnum = Literal["html", "problem", "section", "subsection", "unit", "video"]

XBLOCK_TYPE_ENUM_VALUES: frozenset[XblockTypeEnum] = frozenset(
    ["html", "problem", "section", "subsection", "unit", "video"]
)


def check_xblock_type_enum(value: str) -> XblockTypeEnum:
    if value in XBLOCK_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(XBLOCK_TYPE_ENUM_VALUES)!r}"
    )
