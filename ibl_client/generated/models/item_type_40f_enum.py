from typing import Literal

ItemType40FEnum = Literal["course", "mentor", "pathway", "program"]

ITEM_TYPE_40F_ENUM_VALUES: frozenset[ItemType40FEnum] = frozenset(
    ["course", "mentor", "pathway", "program"]
)


def check_item_type_40f_enum(value: str) -> ItemType40FEnum:
    if value in ITEM_TYPE_40F_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ITEM_TYPE_40F_ENUM_VALUES)!r}"
    )
