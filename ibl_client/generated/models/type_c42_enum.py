from typing import Literal

TypeC42Enum = Literal["assessment", "tutorial"]

TYPE_C42_ENUM_VALUES: frozenset[TypeC42Enum] = frozenset(["assessment", "tutorial"])


def check_type_c42_enum(value: str) -> TypeC42Enum:
    if value in TYPE_C42_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(f"Unexpected value {value!r}; expected one of {sorted(TYPE_C42_ENUM_VALUES)!r}")
