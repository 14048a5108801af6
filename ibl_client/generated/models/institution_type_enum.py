from typing import Literal

InstitutionTypeEnum = Literal["academy", "college", "institute", "other", "university"]

INSTITUTION_TYPE_ENUM_VALUES: frozenset[InstitutionTypeEnum] = frozenset(
    ["academy", "college", "institute", "other", "university"]
)


def check_institution_type_enum(value: str) -> InstitutionTypeEnum:
    if value in INSTITUTION_TYPE_ENUM_VALUES:
        return value  # type: ignore[return-value]
    raise TypeError(
        f"Unexpected value {value!r}; expected one of {sorted(INSTITUTION_TYPE_ENUM_VALUES)!r}"
    )
