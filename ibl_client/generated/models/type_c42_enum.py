from typing import Literal

TypeC42Enum = Literal["assessment", "tutorial"]

TYPE_C42_ENUM_VALUES: set[TypeC42Enum] = {
    "assessment",
    "tutorial",
}


def check_type_c42_enum(value: str) -> TypeC42Enum:
    if value in TYPE_C42_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TYPE_C42_ENUM_VALUES!r}")
