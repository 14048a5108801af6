from typing import Literal

ItemType3E2Enum = Literal["course", "mentor", "pathway", "program"]

ITEM_TYPE_3E2_ENUM_VALUES: frozenset[ItemType3E2Enum] = frozenset(
    ["course", "mentor", "pathway", "program"]
)


def check_item_type_3e2_enum(value: str) -> ItemType3E2Enum:
    if value in ITEM_TYPE_3E2_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ITEM_TYPE_3E2_ENUM_VALUES)!r}"
    )
