from typing import Literal, cast

from ..._validation import unknown_enum_value

InstitutionTypeEnum = Literal["academy", "college", "institute", "other", "university"]

INSTITUTION_TYPE_ENUM_VALUES: frozenset[InstitutionTypeEnum] = frozenset(
    ["academy", "college", "institute", "other", "university"]
)


def check_institution_type_enum(
    value: object, path: str = "InstitutionTypeEnum", *, known_only: bool = False
) -> InstitutionTypeEnum:
    """`value` as a `InstitutionTypeEnum`; a str outside it is kept unless strict or `known_only`."""
    if isinstance(value, str) and value in INSTITUTION_TYPE_ENUM_VALUES:
        return value
    return cast(
        InstitutionTypeEnum,
        unknown_enum_value(
            path, value, INSTITUTION_TYPE_ENUM_VALUES, "InstitutionTypeEnum", known_only=known_only
        ),
    )
