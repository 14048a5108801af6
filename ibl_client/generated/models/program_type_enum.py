from typing import Literal, cast

from ..._validation import unknown_enum_value

ProgramTypeEnum = Literal[
    "bachelors", "certificate", "diploma", "masters", "other", "phd", "ungraded"
]

PROGRAM_TYPE_ENUM_VALUES: frozenset[ProgramTypeEnum] = frozenset(
    ["bachelors", "certificate", "diploma", "masters", "other", "phd", "ungraded"]
)


def check_program_type_enum(
    value: object, path: str = "ProgramTypeEnum", *, known_only: bool = False
) -> ProgramTypeEnum:
    """`value` as a `ProgramTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in PROGRAM_TYPE_ENUM_VALUES:
        return value
    return cast(
        ProgramTypeEnum,
        unknown_enum_value(
            path, value, PROGRAM_TYPE_ENUM_VALUES, "ProgramTypeEnum", known_only=known_only
        ),
    )
