from typing import Literal

ProgramTypeEnum = Literal[
    "bachelors", "certificate", "diploma", "masters", "other", "phd", "ungraded"
]

PROGRAM_TYPE_ENUM_VALUES: frozenset[ProgramTypeEnum] = frozenset(
    ["bachelors", "certificate", "diploma", "masters", "other", "phd", "ungraded"]
)


def check_program_type_enum(value: str) -> ProgramTypeEnum:
    if value in PROGRAM_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(PROGRAM_TYPE_ENUM_VALUES)!r}"
    )
