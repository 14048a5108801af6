from typing import Literal, cast

from ..._validation import unknown_enum_value

TypeC42Enum = Literal["assessment", "tutorial"]

TYPE_C42_ENUM_VALUES: frozenset[TypeC42Enum] = frozenset(["assessment", "tutorial"])


def check_type_c42_enum(
    value: object, path: str = "TypeC42Enum", *, known_only: bool = False
) -> TypeC42Enum:
    """`value` as a `TypeC42Enum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in TYPE_C42_ENUM_VALUES:
        return value
    return cast(
        TypeC42Enum,
        unknown_enum_value(path, value, TYPE_C42_ENUM_VALUES, "TypeC42Enum", known_only=known_only),
    )
