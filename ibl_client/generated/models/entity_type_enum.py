from typing import Literal

EntityTypeEnum = Literal["global", "platform", "user"]

ENTITY_TYPE_ENUM_VALUES: frozenset[EntityTypeEnum] = frozenset(["global", "platform", "user"])


def check_entity_type_enum(value: str) -> EntityTypeEnum:
    if value in ENTITY_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(ENTITY_TYPE_ENUM_VALUES)!r}"
    )
