from typing import Literal, cast

from ..._validation import unknown_enum_value

EntityTypeEnum = Literal["global", "platform", "user"]

ENTITY_TYPE_ENUM_VALUES: frozenset[EntityTypeEnum] = frozenset(["global", "platform", "user"])


def check_entity_type_enum(
    value: object, path: str = "EntityTypeEnum", *, known_only: bool = False
) -> EntityTypeEnum:
    """`value` as a `EntityTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in ENTITY_TYPE_ENUM_VALUES:
        return value
    return cast(
        EntityTypeEnum,
        unknown_enum_value(
            path, value, ENTITY_TYPE_ENUM_VALUES, "EntityTypeEnum", known_only=known_only
        ),
    )
